import { chooseReplyLanguage, isReplyLanguage } from './chooseReplyLanguage.ts';
import { formatReplyDate } from './formatReplyDate.ts';
import { ReplyError } from './replyError.ts';

describe('formatReplyDate', () => {
  it('writes Dutch month names in lower case and English ones capitalised', () => {
    expect(formatReplyDate('2026-12-24', 'nl')).toBe('24 december 2026');
    expect(formatReplyDate('2026-12-24', 'en')).toBe('24 December 2026');
  });

  it('drops the leading zero of the day and knows 29 February in a leap year', () => {
    expect(formatReplyDate('2028-02-29', 'nl')).toBe('29 februari 2028');
    expect(formatReplyDate('2027-03-01', 'en')).toBe('1 March 2027');
  });

  it.each(['2027-02-29', '2026-13-01', '2026-00-10', '24-12-2026', ''])('refuses "%s" with a ReplyError', (date) => {
    expect(() => formatReplyDate(date, 'en')).toThrow(ReplyError);
  });
});

describe('chooseReplyLanguage', () => {
  it('follows the case, falls back to English, and lets staff switch', () => {
    expect(chooseReplyLanguage('nl')).toBe('nl');
    expect(chooseReplyLanguage('fr')).toBe('en');
    expect(chooseReplyLanguage('und')).toBe('en');
    expect(chooseReplyLanguage('en', 'nl')).toBe('nl');
    expect(chooseReplyLanguage('nl', 'de')).toBe('en');
  });

  it('does not treat inherited object keys as languages', () => {
    expect(isReplyLanguage('toString')).toBe(false);
  });
});
