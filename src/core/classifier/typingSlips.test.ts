import { typingSlips } from './typingSlips.ts';

describe('typingSlips', () => {
  it('drops, doubles and swaps letters after the first', () => {
    expect(typingSlips('nieuwsbrief')).toEqual(expect.arrayContaining(['niewsbrief', 'nieuwsbief', 'nieuwsbreif', 'nieuwsbrieff']));
    expect(typingSlips('remove')).toEqual(expect.arrayContaining(['remvoe', 'remmove', 'reove']));
  });

  it('keeps the first letter and never drops the last, which is mostly another form of the word', () => {
    const slips = typingSlips('gegevens');
    expect(slips).not.toContain('egevens');
    expect(slips).not.toContain('gegeven');
    expect(slips).not.toContain('gegevens');
  });
});
