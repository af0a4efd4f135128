/** A date on the Europe/Amsterdam calendar, `YYYY-MM-DD`. */
export type CalendarDate = string;

/**
 * The deadline the law sets for a request. Month periods end at the end of a calendar day;
 * the Art. 33 breach notification ends at an exact instant (72 hours, never rolled forward).
 */
export type LegalDeadline =
  | { kind: 'month-period'; receivedOn: CalendarDate; deadline: CalendarDate; extended: boolean }
  | { kind: 'hours'; receivedOn: CalendarDate; deadlineAt: string };
