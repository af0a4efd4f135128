import { describeDaysLeft } from './describeDaysLeft.ts';
import { describeLegalDeadline } from './describeLegalDeadline.ts';

describe('describeDaysLeft', () => {
  it('counts days left in the singular and the plural', () => {
    expect(describeDaysLeft(1, false)).toBe('1 day left');
    expect(describeDaysLeft(22, false)).toBe('22 days left');
  });

  it('says "Due today" on the deadline day itself', () => {
    expect(describeDaysLeft(0, false)).toBe('Due today');
  });

  it('says by how many days a case is overdue', () => {
    expect(describeDaysLeft(-1, true)).toBe('Overdue by 1 day');
    expect(describeDaysLeft(-5, true)).toBe('Overdue by 5 days');
  });

  it('says "Overdue today" for a 72-hour deadline passed within its own last day', () => {
    expect(describeDaysLeft(0, true)).toBe('Overdue today');
  });
});

describe('describeLegalDeadline', () => {
  it('shows a month period as its last day, and says when it was extended', () => {
    expect(describeLegalDeadline({ kind: 'month-period', receivedOn: '2026-11-16', deadline: '2026-12-16', extended: false })).toBe(
      'Wednesday 16 December 2026',
    );
    expect(describeLegalDeadline({ kind: 'month-period', receivedOn: '2026-11-16', deadline: '2027-02-16', extended: true })).toBe(
      'Tuesday 16 February 2027 (extended)',
    );
  });

  it('shows a breach notification deadline to the minute in Amsterdam time, with its article', () => {
    expect(describeLegalDeadline({ kind: 'hours', receivedOn: '2026-03-27', deadlineAt: '2026-03-30T10:00:00Z' })).toBe(
      'Monday 30 March 2026, 12:00 (72 hours, Art. 33)',
    );
  });
});
