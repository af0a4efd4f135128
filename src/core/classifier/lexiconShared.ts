import type { CueRule } from './cueRule.ts';

/**
 * Phrases the four languages share: article numbers of the GDPR, names of supervisory authorities,
 * and references to an earlier request (which count only as background in a complaint).
 */
export const LEXICON_SHARED: readonly CueRule[] = [
  { kind: 'right', right: 'access', pattern: '@article ~1 15' },
  { kind: 'right', right: 'rectification', pattern: '@article ~1 16' },
  { kind: 'right', right: 'erasure', pattern: '@article ~1 17' },
  { kind: 'right', right: 'restriction', pattern: '@article ~1 18' },
  { kind: 'right', right: 'portability', pattern: '@article ~1 20' },
  { kind: 'right', right: 'objection', pattern: '@article ~1 21' },
  { kind: 'right', right: 'objection', pattern: '@article ~1 7 ~3 3' },
  { kind: 'right', right: 'unsubscribe', pattern: '@article ~1 21 ~3 2|3', overrides: 'objection' },
  { kind: 'right', right: 'complaint', pattern: '@article ~1 77' },
  { kind: 'right', right: 'complaint', pattern: 'autoriteit ~1 persoonsgegevens' },
  { kind: 'right', right: 'complaint', pattern: 'supervisory ~2 authority' },
  { kind: 'right', right: 'complaint', pattern: 'data ~1 protection ~1 authority|commissioner|agency' },
  { kind: 'right', right: 'complaint', pattern: 'aufsichtsbehorde|datenschutzbehorde|landesdatenschutzbeauftragte|landesdatenschutzbeauftragten|bfdi' },
  { kind: 'right', right: 'complaint', pattern: 'cnil' },
  { kind: 'hypothetical', pattern: 'u|you|sie|vous|jij|je ~3 heeft|hebt|have|haben|avez|kunt|can|konnen|pouvez|mag|may ~5 recht|right|rights|rechten|rechte|droit|droits' },
  { kind: 'hypothetical', pattern: 'uw|your|ihre|vos ~2 rechten|rights|rechte|droits' },
  // "I reserve the right to complain": a possible later step, not a complaint made now.
  { kind: 'hypothetical', pattern: 'reserve|reserving|behoud|behouden|voorbehoud ~4 right|droit|recht' },
  { kind: 'hypothetical', pattern: 'behalte ~8 vor' },
  { kind: 'earlierRequest', pattern: 'i ~3 sent|submitted|made|asked|requested|filed|wrote' },
  { kind: 'earlierRequest', pattern: 'heb|had ~8 gevraagd|verzocht|verstuurd|gestuurd|ingediend|aangevraagd|geschreven' },
  { kind: 'earlierRequest', pattern: 'vroeg|verzocht|stuurde ~2 ik' },
  { kind: 'earlierRequest', pattern: 'habe|hatte ~10 gebeten|beantragt|gestellt|geschickt|gesendet|gewandt|verlangt|angefragt|geschrieben' },
  { kind: 'earlierRequest', pattern: 'ai|avais ~5 demande|envoye|adresse|sollicite|formule|ecrit' },
];
