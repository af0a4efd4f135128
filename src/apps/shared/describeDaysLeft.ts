/**
 * The words for the time left before a legal deadline, so overdue is said in text and not only
 * in colour. `daysLeft` counts calendar days to the deadline day (negative when past it).
 *
 * @example
 * describeDaysLeft(-2, true); // 'Overdue by 2 days'
 */
export function describeDaysLeft(daysLeft: number, isOverdue: boolean): string {
  const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;
  // A 72-hour breach deadline can pass during its own last day.
  if (isOverdue) return daysLeft >= 0 ? 'Overdue today' : `Overdue by ${days(-daysLeft)}`;
  return daysLeft === 0 ? 'Due today' : `${days(daysLeft)} left`;
}
