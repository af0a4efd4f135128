import { classifyEmail } from './classifyEmail.ts';

/** A supplier's ticket system acknowledging a request we forwarded: its opening words above our own mail, quoted. */
function acknowledgement(opening: string, forwarded: string): string {
  return `${opening}\n\nService desk\n\n--- Your message ---\nFrom: support@qualitynetworks.nl\n\n${forwarded}`;
}

/**
 * A ticket system's acknowledgement tells that our message was received and filed under a number: an automatic reply, whatever
 * request of ours it quotes. A sender who names a ticket while chasing his own request still asks.
 */
describe('classifyEmail: a ticket system acknowledging a forwarded request', () => {
  it.each([
    {
      language: 'Dutch',
      body: acknowledgement(
        'Beste relatie,\n\nWij hebben uw bericht ontvangen en onder ticketnummer 55120 geregistreerd. U hoort binnen twee werkdagen van ons.',
        'Een klant heeft ons gevraagd al haar gegevens te verwijderen. Wilt u haar gegevens ook bij u verwijderen?',
      ),
    },
    {
      language: 'English',
      body: acknowledgement(
        'Hello,\n\nWe have received your email and logged it as ticket 88213. An engineer will be in touch.',
        'A customer asked us to delete all her data. Please delete her data from your systems too and confirm.',
      ),
    },
    {
      language: 'German',
      body: acknowledgement(
        'Guten Tag,\n\nwir haben Ihre Nachricht erhalten und unter der Ticketnummer 5531 erfasst.',
        'Eine Kundin hat uns gebeten, alle ihre Daten zu löschen. Bitte löschen Sie ihre Daten auch bei Ihnen.',
      ),
    },
    {
      language: 'French',
      body: acknowledgement(
        "Bonjour,\n\nNous avons bien reçu votre message et l'avons enregistré sous le numéro de ticket 4410.",
        'Une cliente nous a demandé de supprimer toutes ses données. Merci de les supprimer aussi chez vous.',
      ),
    },
  ])('reads the $language acknowledgement as an automatic reply', ({ body }) => {
    const result = classifyEmail({ subject: '[Ticket] Received: forwarded erasure request', body });
    expect(result.isAutoReply).toBe(true);
    expect(result.isPrivacyRequest).toBe(false);
  });

  it('still reads a chase that names a ticket', () => {
    const result = classifyEmail(
      { subject: 'Re: ticket 4711', body: 'Hello,\n\nWe have received your email about ticket 4711, but you still have not deleted my data. Please delete it now.\n\nJohn' },
      { rulesAlone: true },
    );
    expect(result.isAutoReply).toBe(false);
    expect(result.rights).toEqual(['erasure']);
  });
});
