import { classifyEmail } from './classifyEmail.ts';
import { expectRulesRights, type RulesRightsCase } from './rulesRights.test-support.ts';

/**
 * A bare "Merci," or "Bedankt," on a line of its own, or before the name, closes the mail as "Cordialement," and "Groet," do:
 * the profession under the name ("Huissier de justice") is the signature's, no bailiff's demand for someone else's data. Words
 * after it in lowercase make it the request's own ("Merci de supprimer ..."). Sentences written for these tests.
 */
const THANKS_CLOSING_CASES: readonly RulesRightsCase[] = [
  {
    rule: "French: a bailiff's own new name, the profession under 'Merci,'",
    subject: 'Changement de nom',
    body: "Bonjour,\n\nDepuis mon mariage en septembre, je m'appelle Lemaire-Vidal et plus Lemaire. Pourriez-vous le corriger chez vous ?\n\nMerci,\nSophie Lemaire-Vidal\nHuissier de justice",
    rights: ['rectification'],
  },
  {
    rule: "French: 'Merci d'effacer ...' is the request, no closing",
    subject: 'Données',
    body: "Bonjour,\n\nMerci d'effacer l'ensemble de mes données chez vous.\n\nCordialement,\nPaul",
    rights: ['erasure'],
  },
  {
    rule: "Dutch: 'Bedankt voor ...' opens the mail, the request after it stands",
    subject: 'Adres',
    body: 'Bedankt voor de snelle reactie. Wilt u ook mijn adres aanpassen naar Kerkstraat 4 in Zeist?\n\nGroet, Mira',
    rights: ['rectification'],
  },
];

describe("classifyEmail: 'Merci,' and 'Bedankt,' close a mail", () => {
  it.each(THANKS_CLOSING_CASES)('$rule', (closingCase) => {
    expectRulesRights(closingCase);
  });

  it("leaves a quoted invitation under 'Bedankt, Ronald' to the models, which read the invitations declined above it", () => {
    // Before, the closing read as thanks for work done: the rules doubted the mail, which kept the models out.
    const result = classifyEmail({
      subject: 'Re: Uitnodiging klantendag',
      body:
        'Geen uitnodigingen meer voor klantendagen en seminars alstublieft, daar heb ik geen tijd voor.\n\nBedankt, Ronald\n\n' +
        'Op di 3 mrt 2026 om 09:12 schreef Sanne Bos <sanne.bos@qualitynetworks.nl>:\n> Beste relatie,\n>\n' +
        '> Wij nodigen u graag uit voor onze klantendag op 14 april.\n> Aanmelden via onze website.\n>\n> Met vriendelijke groet,\n' +
        '> Sanne Bos\n>\n> U krijgt deze uitnodiging omdat u klant bent. Afmelden? Mail naar info@qualitynetworks.nl.',
    });
    expect(result.isPrivacyRequest).toBe(true);
    expect(result.rights).toEqual(['unsubscribe']);
  });
});
