import { compileCueRules, type CompiledCues } from './compileCueRules.ts';
import { CONCEPT_LEXICON } from './conceptLexicon.ts';
import { LEXICON_DE } from './lexiconDe.ts';
import { LEXICON_EN } from './lexiconEn.ts';
import { LEXICON_FR } from './lexiconFr.ts';
import { LEXICON_NL } from './lexiconNl.ts';
import { LEXICON_SHARED } from './lexiconShared.ts';
import { SLIP_TOLERANT_WORDS } from './typingSlips.ts';
import { WORD_CLASSES } from './wordClasses.ts';
import { ZONE_LEXICON } from './zoneLexicon.ts';

/**
 * Every lexicon, compiled once when the module loads. All languages are matched together, so a
 * Dutch mail that quotes an English article is read correctly without guessing the language first.
 */
export const CUE_LEXICON: CompiledCues = compileCueRules(
  [...LEXICON_NL, ...LEXICON_EN, ...LEXICON_DE, ...LEXICON_FR, ...LEXICON_SHARED, ...CONCEPT_LEXICON, ...ZONE_LEXICON],
  WORD_CLASSES,
  SLIP_TOLERANT_WORDS,
);
