import fc from 'fast-check';
import { getAmsterdamOffsetHours, toAmsterdamDate } from './toAmsterdamDate.ts';

const amsterdamFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('toAmsterdamDate', () => {
  it('puts 23:30 UTC on 30 January (winter, +1) on 31 January', () => {
    expect(toAmsterdamDate('2026-01-30T23:30:00Z')).toBe('2026-01-31');
  });

  it('keeps 22:59 UTC on 30 January on 30 January', () => {
    expect(toAmsterdamDate('2026-01-30T22:59:59Z')).toBe('2026-01-30');
  });

  it('puts 22:00 UTC on 14 July (summer, +2) on 15 July', () => {
    expect(toAmsterdamDate('2026-07-14T22:00:00Z')).toBe('2026-07-15');
    expect(toAmsterdamDate('2026-07-14T21:59:59Z')).toBe('2026-07-14');
  });

  it('switches to summer time at 01:00 UTC on the last Sunday of March', () => {
    expect(getAmsterdamOffsetHours(Date.UTC(2026, 2, 29, 0, 59))).toBe(1);
    expect(getAmsterdamOffsetHours(Date.UTC(2026, 2, 29, 1, 0))).toBe(2);
    expect(toAmsterdamDate('2026-03-28T23:30:00Z')).toBe('2026-03-29');
    expect(toAmsterdamDate('2026-03-29T22:00:00Z')).toBe('2026-03-30');
  });

  it('switches back to winter time at 01:00 UTC on the last Sunday of October', () => {
    expect(getAmsterdamOffsetHours(Date.UTC(2026, 9, 25, 0, 59))).toBe(2);
    expect(getAmsterdamOffsetHours(Date.UTC(2026, 9, 25, 1, 0))).toBe(1);
    expect(toAmsterdamDate('2026-10-24T22:30:00Z')).toBe('2026-10-25');
    expect(toAmsterdamDate('2026-10-25T22:30:00Z')).toBe('2026-10-25');
    expect(toAmsterdamDate('2026-10-25T23:00:00Z')).toBe('2026-10-26');
  });

  it('reads instants given with an offset', () => {
    expect(toAmsterdamDate('2026-01-30T18:30:00-05:00')).toBe('2026-01-31');
  });

  it('agrees with the Europe/Amsterdam time zone database for any instant from 1996 to 2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31) }), (epochMs) => {
        expect(toAmsterdamDate(epochMs)).toBe(amsterdamFormat.format(epochMs));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the time zone database in the hours around every change from 2020 to 2040', () => {
    for (let year = 2020; year <= 2040; year += 1) {
      for (const month of [2, 9]) {
        const lastSunday = new Date(Date.UTC(year, month + 1, 0));
        lastSunday.setUTCDate(lastSunday.getUTCDate() - lastSunday.getUTCDay());
        for (let minutes = -180; minutes <= 1500; minutes += 30) {
          const epochMs = lastSunday.getTime() + minutes * 60_000;
          expect(toAmsterdamDate(epochMs)).toBe(amsterdamFormat.format(epochMs));
        }
      }
    }
  });
});
