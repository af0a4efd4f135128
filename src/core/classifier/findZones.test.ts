import { CUE_LEXICON } from './cueLexicon.ts';
import { findZones, readZoneLines, SET_OFF } from './findZones.ts';
import { matchCues } from './matchCues.ts';
import { tokenizeText } from './tokenizeText.ts';

/** The words of `text` that findZones keeps as the sender's own. */
function ownWords(text: string, isForward = false): string {
  const tokens = tokenizeText(text);
  const active = findZones(text, tokens, matchCues(tokens, CUE_LEXICON), CUE_LEXICON, { isForward });
  return Array.from(tokens.starts.subarray(0, tokens.count))
    .map((start, index) => (active[index] === 1 ? text.slice(start, tokens.ends[index]) : ''))
    .filter((word) => word !== '')
    .join(' ');
}

describe('findZones', () => {
  it('drops "> " quoted lines and everything after "On ... wrote:"', () => {
    expect(ownWords('Thanks for the fix\n\nOn Mon, 3 Nov 2025 at 10:00 Jan <jan@example.com> wrote:\nold text\n> older')).toBe(
      'Thanks for the fix',
    );
  });

  it('reads a postscript after the signature again, in any language, but not a word that merely starts with ps', () => {
    expect(ownWords('Factuur is betaald.\n\nMet vriendelijke groet,\nEls\n\nPS die nieuwsbrief hoef ik niet meer')).toContain('die nieuwsbrief hoef ik niet meer');
    expect(ownWords('Paid today.\n\nKind regards,\nTom\nP.S.: please take me off the mailing list')).toContain('please take me off the mailing list');
    expect(ownWords('Merci.\n\nCordialement,\nLuc\nN.B. plus de newsletter svp')).toContain('plus de newsletter svp');
    expect(ownWords('Invoice paid.\n\nKind regards,\nTom\nPS5 repair desk, Main Street 4')).toBe('Invoice paid');
    expect(ownWords('Invoice paid.\n\nOn Mon Tom wrote:\nPS old words')).toBe('Invoice paid');
  });

  it('drops quotes introduced in Dutch, German and French', () => {
    expect(ownWords('Dank\nOp 3 mei 2026 schreef Piet:\noud')).toBe('Dank');
    expect(ownWords('Danke für die Hilfe\nAm 3. Mai 2026 schrieb Petra:\nalt')).toBe('Danke für die Hilfe');
    expect(ownWords('Merci pour tout\nLe 3 mai 2026, Paul a écrit :\nvieux')).toBe('Merci pour tout');
  });

  it('drops an Outlook header block after a reply, but reads it in a forwarded mail', () => {
    const mail = 'Zie onder.\n\nVan: Jan <jan@example.com>\nVerzonden: maandag\nOnderwerp: x\n\nverwijder mijn gegevens';
    expect(ownWords(mail)).toBe('Zie onder');
    expect(ownWords(mail, true)).toContain('verwijder mijn gegevens');
  });

  it('does not take a wrapped line starting with "van" for a header', () => {
    expect(ownWords('Ik wil weten welke gegevens jullie\nvan mij hebben en aan wie')).toContain('van mij hebben');
  });

  it('reads a forwarded request after "Forwarded message", even after the colleague\'s signature', () => {
    const mail = 'Can you handle this?\n\nThanks,\nMarco\n\n---------- Forwarded message ---------\nFrom: Helen\n\nPlease delete my data.\n\nHelen';
    expect(ownWords(mail)).toContain('Please delete my data');
    expect(ownWords(mail)).not.toContain('Marco');
  });

  it('drops the signature after a closing line or "-- ", but keeps a sentence that starts with "Thanks"', () => {
    expect(ownWords('Delete it.\n\nKind regards,\nJan Jansen\nAVG: we verwerken persoonsgegevens')).toBe('Delete it');
    expect(ownWords('Hi\n-- \nJan')).toBe('Hi');
    expect(ownWords('Danke, funktioniert wieder!\nBitte ändern')).toContain('Bitte ändern');
  });

  it('reads a closing that stands before the writer\'s first words as a greeting, in any language', () => {
    expect(ownWords('Grüß Gott,\n\nbitte streichen Sie meine Adresse aus Ihrer Kartei.\n\nLiebe Grüße\nAnna Berger')).toBe(
      'bitte streichen Sie meine Adresse aus Ihrer Kartei',
    );
    expect(ownWords('Cheers!\nCould you take my old phone number off your records?\n\nCheers,\nMaya')).toBe(
      'Could you take my old phone number off your records',
    );
    expect(ownWords('Betreff: Kündigung\n\nGrüß Gott\n\nich möchte den Vertrag beenden.')).toContain('ich möchte den Vertrag beenden');
  });

  it('reads a forwarded mail that opens with a greeting-closing, but not the forwarder\'s signature', () => {
    const mail = 'See below.\n\nThanks,\nIda\n\n---------- Forwarded message ---------\nFrom: Rob\nSubject: data\n\nCheers,\nplease erase my account.\n\nCheers,\nRob';
    expect(ownWords(mail)).toContain('please erase my account');
    expect(ownWords(mail)).not.toContain('Ida');
    expect(ownWords(mail)).toMatch(/please erase my account$/);
  });

  it('reads closings that also open a mail as a greeting at the top and as a closing at the end', () => {
    expect(ownWords('Servus,\n\nbitte schicken Sie mir eine Kopie meiner gespeicherten Daten.\n\nServus\nTobias')).toBe(
      'bitte schicken Sie mir eine Kopie meiner gespeicherten Daten',
    );
    expect(ownWords('Salut,\nmerci de supprimer mon compte.\n\nCiao\nLéa')).toBe('merci de supprimer mon compte');
    expect(ownWords('Moin\n\nbitte nehmt mich aus dem Verteiler.\n\nTschüss\nHauke Petersen\nHusum')).toBe('bitte nehmt mich aus dem Verteiler');
  });

  it('still ends the writer\'s words at a closing after them', () => {
    expect(ownWords('Grüß Gott,\nbitte keine Post mehr.\n\nGrüße\nTobias\nMusterweg 3')).toBe('bitte keine Post mehr');
    expect(ownWords('Hallo,\nbitte keine Post mehr.\n\nGruß\nTobias')).toBe('Hallo bitte keine Post mehr');
  });

  it('drops confidentiality notices and newsletter footers as whole paragraphs', () => {
    const mail = 'Question about my invoice.\n\nThis e-mail is confidential and intended solely for the addressee.\n\nClick here to unsubscribe from this newsletter.';
    expect(ownWords(mail)).toBe('Question about my invoice');
  });

  it('reads a paragraph that names a footer link in quotation marks as the sender\'s own', () => {
    expect(ownWords('Hello,\n\nI pressed "manage preferences" and saw the address of another reader.')).toBe(
      'Hello I pressed manage preferences and saw the address of another reader',
    );
    expect(ownWords('Je clique sur « se désinscrire » depuis un mois, sans effet.')).toBe('Je clique sur se désinscrire depuis un mois sans effet');
    expect(ownWords("The 'update your preferences' page shows a stranger's phone number.")).toBe(
      'The update your preferences page shows a stranger s phone number',
    );
  });

  it('still drops a footer that quotes only the word to reply, or whose phrase is not quoted', () => {
    expect(ownWords('Any questions?\n\nNo longer interested? Just reply "unsubscribe" to this mail.')).toBe('Any questions');
    expect(ownWords('Any questions?\n\nTo manage preferences, visit our site.')).toBe('Any questions');
    // An apostrophe that joins a word (members') opens no quotation.
    expect(ownWords("Any questions?\n\nVisit the members' manage preferences' page to stop these mails.")).toBe('Any questions');
  });
});

describe('findZones: the forwarder\'s own words alone', () => {
  it('leaves the forwarded request out when asked to', () => {
    const text = 'Ter info, zie hieronder.\n\n---------- Forwarded message ---------\nVan: Piet\n\nVerwijder mijn gegevens.';
    const tokens = tokenizeText(text);
    const matches = matchCues(tokens, CUE_LEXICON);
    const withForward = findZones(text, tokens, matches, CUE_LEXICON, { isForward: true });
    const ownOnly = findZones(text, tokens, matches, CUE_LEXICON, { isForward: true, readsForwarded: false });
    const last = tokens.count - 1;
    expect([withForward[0], withForward[last]]).toEqual([1, 1]);
    expect([ownOnly[0], ownOnly[last]]).toEqual([1, 0]);
  });
});

describe('findZones: a letter the sender pasted to show us', () => {
  const letter = '„Sehr geehrte Damen und Herren, bitte schicken Sie mir eine Kopie aller Daten, die Sie über mich gespeichert haben. Mit freundlichen Grüßen, Jana Muster"';

  it('flags a signed letter set off in quotation marks as set off, not as the sender\'s words', () => {
    const text = `Hallo Ben,\n\npasst mein Entwurf so?\n\n${letter}\n\nDanke dir!`;
    const tokens = tokenizeText(text);
    const active = findZones(text, tokens, matchCues(tokens, CUE_LEXICON), CUE_LEXICON, { isForward: false });
    const flagOf = (word: string) => active[Array.from(tokens.starts.subarray(0, tokens.count)).findIndex((start) => text.startsWith(word, start))];
    expect([flagOf('passt'), flagOf('Kopie'), flagOf('Danke')]).toEqual([1, SET_OFF, 1]);
  });

  it('keeps a transcript in quotation marks without a closing as words to read', () => {
    expect(ownWords('Transcript:\n"Hello, this is Anna calling, I would like you to send me a copy of everything you have on file about me, bye"')).toContain('copy');
  });

  it('keeps a sentence that only quotes a phrase', () => {
    expect(ownWords('"Please delete my account," she wrote to me, and I want the same. Regards')).toContain('delete');
  });

  it('reads many lines opening a quotation that never closes in one pass', () => {
    const text = '"open quote with some words but no close\n'.repeat(20_000);
    const tokens = tokenizeText(text);
    const started = performance.now();
    findZones(text, tokens, matchCues(tokens, CUE_LEXICON), CUE_LEXICON, { isForward: false });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  describe('readZoneLines', () => {
    const zoneLines = (text: string, isForward = false, length = text.length): string => {
      const tokens = tokenizeText(text, length);
      return readZoneLines(text, tokens, findZones(text, tokens, matchCues(tokens, CUE_LEXICON), CUE_LEXICON, { isForward }));
    };

    it('keeps whole lines of the sender\'s words, punctuation included, and leaves out a quoted reply and a signature', () => {
      const mail = 'Dank u, zo is het goed!\nTot ziens.\n\nMet vriendelijke groet,\nEls\n\nVan: Jan <jan@example.com>\nVerzonden: maandag\nOnderwerp: x\n\nverwijder mijn gegevens';
      expect(zoneLines(mail)).toBe('Dank u, zo is het goed!\nTot ziens.');
    });

    it('keeps a forwarded request, and nothing past the examined length', () => {
      const mail = 'Zie onder.\n\nVan: Jan <jan@example.com>\nVerzonden: maandag\nOnderwerp: x\n\nverwijder mijn gegevens\nen alles';
      expect(zoneLines(mail, true)).toContain('verwijder mijn gegevens\nen alles');
      expect(zoneLines(mail, true, mail.indexOf('\nen alles') + 3)).toMatch(/verwijder mijn gegevens\nen$/);
    });

    it('gives nothing for a mail without words, and the lines of a single line without a newline', () => {
      expect(zoneLines('')).toBe('');
      expect(zoneLines('  ...  ')).toBe('');
      expect(zoneLines('alleen dit')).toBe('alleen dit');
    });
  });
});
