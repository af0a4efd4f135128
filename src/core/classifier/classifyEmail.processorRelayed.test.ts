import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

interface RelayedCase {
  rule: string;
  subject: string;
  body: string;
  rights: readonly RightLabel[];
}

/**
 * A legal retention set as the limit of an erasure ("voor zover we die niet hoeven te bewaren", "soweit wir sie nicht
 * aufbewahren müssen") is the exception to it: neither its negation nor its keeping cancels the erasure asked before it,
 * whether the person asks us or a customer passes the request on. Keeping asked for its own sake still restricts.
 */
const RETENTION_LIMIT_CASES: readonly RelayedCase[] = [
  {
    rule: "Dutch customer passing on an erasure 'voor zover we die niet wettelijk hoeven te bewaren'",
    subject: 'Verzoek oud-medewerker',
    body: 'Goedemiddag,\n\nOnze vroegere planner Tim Bakker heeft ons gevraagd al zijn gegevens te wissen voor zover we die niet wettelijk hoeven te bewaren.\n\nGroet,\nMarloes',
    rights: ['erasure'],
  },
  {
    rule: "Dutch sender's own erasure 'voor zover u die niet hoeft te bewaren'",
    subject: 'Gegevens',
    body: 'Hallo,\n\nIk wil dat u mijn gegevens wist voor zover u die niet hoeft te bewaren.\n\nSven',
    rights: ['erasure'],
  },
  {
    rule: "English customer passing on an erasure 'unless we are required to keep it'",
    subject: 'Former volunteer',
    body: 'Hi,\n\nA former volunteer of ours asked us to remove her personal data unless we are required to keep it by law.\n\nThanks,\nRuth',
    rights: ['erasure'],
  },
  {
    rule: "German customer passing on an erasure 'soweit wir sie nicht aufbewahren müssen'",
    subject: 'Löschung',
    body: 'Guten Tag,\n\nein früherer Auszubildender hat uns aufgefordert, seine Daten zu löschen, soweit wir sie nicht aufbewahren müssen.\n\nGrüße\nKarin',
    rights: ['erasure'],
  },
  {
    rule: "French customer passing on an erasure 'dans la mesure où nous ne devons pas les conserver'",
    subject: 'Effacement',
    body: "Bonjour,\n\nUne ancienne stagiaire nous a demandé d'effacer ses données dans la mesure où nous ne devons pas les conserver.\n\nCordialement,\nAgnès",
    rights: ['erasure'],
  },
  {
    rule: "keeping asked, deletion refused 'tenzij' a court decides otherwise, stays restriction alone",
    subject: 'Geschil',
    body: 'Hallo,\n\nKunnen jullie mijn gegevens bewaren en niet verwijderen tenzij de rechter anders beslist? Er loopt een geschil.\n\nSven',
    rights: ['restriction'],
  },
  {
    rule: "a leaver's mailbox kept 'unless HR says otherwise' asks nothing",
    subject: 'Leaver',
    body: 'Hi,\n\nPlease keep the mailbox of our former receptionist for now, unless HR tells you otherwise. Her licence can go.\n\nRuth',
    rights: [],
  },
];

describe('classifyEmail: a legal retention set as the limit of an erasure', () => {
  it.each(RETENTION_LIMIT_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/**
 * A customer's file that one of ours sent to the wrong client or person is a breach report, told in the past tense and with
 * what went between the verb and the wrong recipient. A mail sent on to the right address is none.
 */
const SENT_TO_WRONG_CASES: readonly RelayedCase[] = [
  {
    rule: "Dutch 'stuurde ons salarisoverzicht naar de verkeerde klant'",
    subject: 'Salarisoverzicht',
    body: 'Hallo,\n\nJullie monteur stuurde gisteren ons salarisoverzicht naar de verkeerde klant. Wat nu?\n\nIngrid',
    rights: ['breach_report'],
  },
  {
    rule: "English 'emailed our payroll export to the wrong client'",
    subject: 'Payroll file',
    body: 'Hi,\n\nYour engineer emailed our payroll export to the wrong client this morning. Please call me.\n\nDevon',
    rights: ['breach_report'],
  },
  {
    rule: "German 'an die falsche Firma gemailt'",
    subject: 'Gehaltsliste',
    body: 'Hallo,\n\nIhr Techniker hat unsere Gehaltsliste an die falsche Firma gemailt. Bitte melden Sie sich.\n\nPetra',
    rights: ['breach_report'],
  },
  {
    rule: "French 'envoyé notre fichier de paie au mauvais client'",
    subject: 'Fichier de paie',
    body: 'Bonjour,\n\nVotre technicien a envoyé notre fichier de paie au mauvais client. Rappelez-moi vite.\n\nOdile',
    rights: ['breach_report'],
  },
  {
    rule: "'an die richtige Adresse, nicht an die falsche' asks nothing",
    subject: 'Rechnung',
    body: 'Hallo,\n\nBitte schicken Sie die Rechnung künftig an die richtige Adresse, nicht an die falsche Adresse.\n\nPetra',
    rights: [],
  },
];

describe('classifyEmail: a file of ours sent to the wrong client', () => {
  it.each(SENT_TO_WRONG_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/**
 * In an erasure passed on by a customer, "tell us by when it is gone" asks a confirmation and the copies in the backups are
 * more of what is to be erased: neither asks for a copy. A copy asked for from the backup still is one.
 */
const ERASURE_CONFIRMED_CASES: readonly RelayedCase[] = [
  {
    rule: "Dutch 'ons laten weten per wanneer dat gebeurd is' beside the erasure passed on",
    subject: 'Oud-medewerker',
    body: 'Hallo,\n\nOnze oud-stagiair heeft gevraagd zijn gegevens te wissen. Kunnen jullie zijn gegevens uit de back-ups laten verwijderen en ons vertellen per wanneer dat gebeurd is?\n\nHenk',
    rights: ['erasure'],
  },
  {
    rule: "German 'teilen Sie uns mit, bis wann ihre Daten gelöscht sind'",
    subject: 'Löschung',
    body: 'Hallo,\n\neine frühere Kundin hat die Löschung verlangt. Bitte löschen Sie ihr Postfach und teilen Sie uns mit, bis wann ihre Daten auch aus den Sicherungen gelöscht sind.\n\nUte',
    rights: ['erasure'],
  },
  {
    rule: "English 'his mailbox and any copies of it in your backups'",
    subject: 'Former employee',
    body: 'Hi,\n\nOur former driver asked us to erase his data. Please could you delete his mailbox and any copies of it in your backups?\n\nNadia',
    rights: ['erasure'],
  },
  {
    rule: "French 'dites-nous quand ses données auront été supprimées'",
    subject: 'Ancien salarié',
    body: "Bonjour,\n\nUn ancien salarié nous a demandé d'effacer ses données. Pourriez-vous supprimer sa boîte et nous dire quand ses données auront été supprimées des sauvegardes ?\n\nLuc",
    rights: ['erasure'],
  },
  {
    rule: 'a copy of his mailbox from the backup, asked by him, is still access',
    subject: 'Former employee',
    body: 'Hi,\n\nOur former driver asked for his mail. Could you send us a copy of his mailbox from the backup?\n\nNadia',
    rights: ['access'],
  },
];

describe('classifyEmail: an erasure passed on, its confirmation and its backup copies', () => {
  it.each(ERASURE_CONFIRMED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});

/**
 * A former employee's mailbox copy a customer passes on, wanted as a PST file: access and portability, the need told ("We need a
 * copy of his mailbox") or the mailbox named French-style ("son ancienne boîte", "sa boîte mail").
 */
const MAILBOX_FILE_CASES: readonly RelayedCase[] = [
  {
    rule: "English 'We need a copy of his mailbox ... PST is fine'",
    subject: 'Former employee request',
    body: 'Hello,\n\nA former employee filed a request with us. We need a copy of his mailbox from your archive. PST is fine.\n\nGemma',
    rights: ['access', 'portability'],
  },
  {
    rule: "French 'les courriels ... dans son ancienne boîte, en PST'",
    subject: 'Ancien salarié',
    body: "Bonjour,\n\nUn ancien collaborateur veut les courriels qui le concernent, conservés dans son ancienne boîte, en PST. Pouvez-vous préparer cet export ?\n\nLéa",
    rights: ['access', 'portability'],
  },
  {
    rule: 'a need of our own asks nothing',
    subject: 'switch',
    body: 'Hello,\n\nWe need a new switch for the second floor. Can you quote one?\n\nGemma',
    rights: [],
  },
];

describe('classifyEmail: a former employee mailbox wanted as a file, passed on', () => {
  it.each(MAILBOX_FILE_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
