import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A parent exercises the rights of his child: a photo of "my son" or "our daughter" taken down is erased as one of the sender
 * himself would be, also where the photo is named in one sentence ("My daughter Zoe is in two photos", "There is a photo of me")
 * and its removal asked in the next. A photo of the child asked for is no erasure. Sentences written for these tests.
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
    rule: "English: 'a photo of me' named, then 'Please remove it' in the next sentence",
    subject: "Photo",
    body: "There is a photo of me on your team page. Please remove it.",
    rights: ['erasure'],
  },
  {
    rule: "Dutch: 'een foto van mij' named, then 'die foto verwijderen' asked",
    subject: "Foto",
    body: "Er staat een foto van mij op jullie website. Kunnen jullie die foto verwijderen?",
    rights: ['erasure'],
  },
  {
    rule: "Dutch: 'mijn zoon Bram staat op een foto', then 'die weghalen' asked",
    subject: "Foto",
    body: "Mijn zoon Bram staat op een foto bij het verslag van het zomerkamp. Willen jullie die weghalen?",
    rights: ['erasure'],
  },
  {
    rule: "English: 'my daughter Zoe is in two photos', then 'remove these photos' asked",
    subject: "Photo",
    body: "My daughter Zoe is in two photos on your club page from the summer camp. Please remove these photos.",
    rights: ['erasure'],
  },
  {
    rule: "English: 'the photo of me' asked to be sent is no erasure",
    subject: "Photo",
    body: "Could you send me the photo of me from the Christmas party? I love it.",
    rights: [],
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
