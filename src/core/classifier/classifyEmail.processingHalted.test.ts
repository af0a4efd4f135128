import type { RightLabel } from '../rights/rightLabel.ts';
import { classifyEmail } from './classifyEmail.ts';

/**
 * A hold on the sender's data while a dispute or a case runs: the processing named before the verb that halts it ("de verwerking
 * ... te staken totdat"), a lawsuit named as a compound ("Gerichtsverfahren", "proceedings"), data locked in everyday Dutch
 * ("vastzetten"). Processing halted with no dispute beside it is no hold.
 */
const PROCESSING_HALTED_CASES: readonly { rule: string; subject: string; body: string; rights: readonly RightLabel[] }[] = [
  {
    rule: "Dutch 'het gebruik van mijn gegevens ... te staken totdat' the disputed bill is sorted out",
    subject: 'Incasso',
    body: 'Ik vraag u het gebruik van mijn gegevens voor de incasso te staken totdat de betwiste factuur is uitgezocht.',
    rights: ['restriction'],
  },
  {
    rule: "English 'processing of my details ... stopped until' the dispute is settled",
    subject: 'Collection',
    body: 'I want the processing of my details for debt collection to be stopped until the dispute over the bill is settled.',
    rights: ['restriction'],
  },
  {
    rule: "German 'die Verarbeitung meiner Daten auszusetzen' while the dispute runs",
    subject: 'Inkasso',
    body: 'Ich bitte Sie, die Verarbeitung meiner Daten für das Inkasso auszusetzen, solange der Streit über die Rechnung nicht geklärt ist.',
    rights: ['restriction'],
  },
  {
    rule: "German: kept for a 'Gerichtsverfahren', and not used",
    subject: 'Bitte aufbewahren',
    body: 'Bitte löschen Sie nichts, ich brauche die Unterlagen für ein Gerichtsverfahren. Verwenden Sie meine Daten aber nicht mehr.',
    rights: ['restriction'],
  },
  {
    rule: "Dutch 'vastzetten' beside a dispute",
    subject: 'Geschil',
    body: 'Zolang het geschil met de verzekeraar loopt, wil ik dat jullie mijn gegevens vastzetten.',
    rights: ['restriction'],
  },
  {
    rule: 'processing of an order halted is no hold',
    subject: 'Order',
    body: 'Please stop the processing of order 5512, we ordered the wrong printer.',
    rights: [],
  },
];

describe('classifyEmail: processing halted while a dispute runs', () => {
  it.each(PROCESSING_HALTED_CASES)('$rule', ({ subject, body, rights }) => {
    const result = classifyEmail({ subject, body }, { rulesAlone: true });
    expect([...result.rights].sort()).toEqual([...rights].sort());
  });
});
