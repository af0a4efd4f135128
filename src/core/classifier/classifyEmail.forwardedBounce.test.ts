import { classifyEmail } from './classifyEmail.ts';

/** A bounce as a mail program forwards it: the forwarder's words above, the delivery failure and the bounced mail below. */
function forwardedBounce(ownWords: string, failure: string, bounced: string): string {
  return `${ownWords}\n\n---------- Forwarded message ---------\nFrom: Mail Delivery System <mailer-daemon@mail.example.net>\nDate: Tue, 3 Mar 2026 at 08:12\n\n${failure}\n\n${bounced}`;
}

/**
 * A forward is sent by a person: a bounce he passes on names an automatic reply in its subject ("Fwd: Undeliverable: ..."),
 * but the request it bounced is read as any forwarded one. The bounce itself, not forwarded, is an automatic reply.
 */
describe('classifyEmail: a bounced request forwarded by its sender', () => {
  it.each([
    {
      language: 'English',
      subject: 'Fwd: Undeliverable: Delete my data',
      body: forwardedBounce(
        'The address on your contact page bounces, so here it is again. Please deal with it.\n\nKaren',
        "Your message to privacy@example.nl couldn't be delivered.",
        'Hello,\n\nPlease delete all personal data you hold about me, including my customer account.\n\nKaren Holt',
      ),
    },
    {
      language: 'Dutch',
      subject: 'Doorst: Onbestelbaar: verwijderverzoek',
      body: forwardedBounce(
        'Jullie privacyadres werkt niet, zie hieronder. Dan maar via dit adres.\n\nGerrit',
        'Uw bericht kon niet worden afgeleverd bij privacy@example.nl.',
        'Beste,\n\nIk wil dat u al mijn persoonsgegevens verwijdert.\n\nGerrit Kamp',
      ),
    },
    {
      language: 'German',
      subject: 'WG: Unzustellbar: Löschantrag',
      body: forwardedBounce(
        'Ihre Datenschutzadresse nimmt keine Mails an, siehe unten. Bitte bearbeiten Sie meinen Antrag.\n\nUte',
        'Ihre Nachricht konnte nicht an datenschutz@example.de zugestellt werden.',
        'Guten Tag,\n\nbitte löschen Sie alle meine personenbezogenen Daten.\n\nUte Brandt',
      ),
    },
    {
      language: 'French',
      subject: 'TR: Non remis : demande de suppression',
      body: forwardedBounce(
        "L'adresse de votre page ne fonctionne pas, voir ci-dessous. Merci de traiter ma demande.\n\nLuc",
        "Votre message n'a pas pu être remis à privacy@example.fr.",
        'Bonjour,\n\nJe vous demande de supprimer toutes mes données personnelles.\n\nLuc Moreau',
      ),
    },
  ])('reads the $language request under its forwarded bounce', ({ subject, body }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect(result.isAutoReply).toBe(false);
    expect(result.rights).toEqual(['erasure']);
  });

  it('keeps the bounce itself an automatic reply', () => {
    const result = classifyEmail({
      subject: 'Undeliverable: Delete my data',
      body: "Your message to privacy@example.nl couldn't be delivered.\n\nPlease delete all personal data you hold about me.",
    });
    expect(result.isAutoReply).toBe(true);
    expect(result.isPrivacyRequest).toBe(false);
  });

  it('finds no request in a forwarded bounce of a mail that asked none', () => {
    const body = forwardedBounce(
      'Our invoices to this customer bounce since Monday. Can you check the mail server?\n\nTom',
      "Your message to accounts@example.nl couldn't be delivered.",
      'Dear customer,\n\nAttached is invoice 2026-0412 for March.\n\nKind regards,\nTom',
    );
    expect(classifyEmail({ subject: 'Fwd: Undeliverable: Invoice 2026-0412', body }).isPrivacyRequest).toBe(false);
  });
});
