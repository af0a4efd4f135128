import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A parent exercises the rights of his child: a photo of "my son" or "our daughter" taken down is erased as one of the sender
 * himself would be. A photo of the child asked for is no erasure. Sentences written for these tests.
 */
const CHILD_PHOTO_CASES: readonly RulesRightsCase[] = [
  {
    rule: "Dutch: the photo of 'onze dochter' taken off the school site, consent withdrawn",
    subject: 'Foto',
    body: 'Kunt u de foto van onze dochter van de schoolsite halen? Wij geven geen toestemming meer.',
    rights: ['erasure', 'objection'],
  },
  {
    rule: "English: the photo of 'our son' taken down",
    subject: 'Photo',
    body: 'Please take down the photo of our son on the tournament page.',
    rights: ['erasure'],
  },
  {
    rule: "German: 'die Fotos meiner Tochter' deleted",
    subject: 'Fotos',
    body: 'Bitte löschen Sie die Fotos meiner Tochter auf der Vereinsseite.',
    rights: ['erasure'],
  },
  {
    rule: "French: 'les photos de ma fille' removed",
    subject: 'photos',
    body: 'Pouvez-vous retirer les photos de ma fille de la page du club ?',
    rights: ['erasure'],
  },
  {
    rule: 'English: a photo of the child asked to be sent is no erasure',
    subject: 'Photo',
    body: 'Could you send me the photo of my son from the tournament? It is lovely.',
    rights: [],
  },
];

describe("classifyEmail: a parent for his child's photo", () => {
  it.each(CHILD_PHOTO_CASES)('$rule', (childCase) => {
    expectRulesRights(childCase);
  });
});
