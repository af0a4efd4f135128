/** A date on the Europe/Amsterdam calendar, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** GDPR Art. 12(3): one month from receipt, or three when extended; ends at the end of a calendar day. */
export interface MonthPeriodDeadline {
  kind: 'month-period';
  receivedOn: CalendarDate;
  deadline: CalendarDate;
  extended: boolean;
}

/** GDPR Art. 33: notify the Autoriteit Persoonsgegevens within 72 hours; ends at an exact instant. */
export interface BreachNotificationDeadline {
  kind: 'hours';
  receivedOn: CalendarDate;
  deadlineAt: string;
}

/**
 * The deadline the law sets for a request. Month periods end at the end of a calendar day;
 * the Art. 33 breach notification ends at an exact instant (72 hours, never rolled forward).
 */
export type LegalDeadline = MonthPeriodDeadline | BreachNotificationDeadline;
