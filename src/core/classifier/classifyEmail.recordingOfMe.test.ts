import { rulesRights } from './rulesRights.test-support.ts';

/**
 * Recordings the sender is in, wanted to be seen or had, with the Dutch verb last after the clause that says he is in them,
 * or named in English as footage of him; recordings only named so, or to be taken down, ask no copy. Sentences written for
 * these tests.
 */

describe('classifyEmail: recordings the sender is in, wanted to be seen, ask access', () => {
  it.each([
    'Ik wil de camerabeelden waarop ik te zien ben bekijken.',
    'Graag wil ik de videobeelden waarin ik voorkom terugkijken.',
    'Ik wil graag de beelden zien waarop ik sta, van vorige week dinsdag.',
    'I would like to see the camera footage of me from last Saturday.',
    'Could you send me the CCTV recordings of me from the car park?',
  ])('reads "%s" as access', (body) => {
    expect(rulesRights('', body)).toEqual(['access']);
  });

  it.each([
    'Wis de camerabeelden waarop ik te zien ben.',
    'You have a video of me on your website. Please take it down.',
  ])('reads no copy asked in "%s"', (body) => {
    expect(rulesRights('', body)).not.toContain('access');
  });
});
