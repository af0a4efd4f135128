import { buildReplyValues } from './buildReplyValues.ts';
import { REPLY_LANGUAGE_PACKS } from './chooseReplyLanguage.ts';
import { findTemplateTextProblems } from './findTemplateTextProblems.ts';
import { listPlaceholdersFor } from './replyPlaceholders.ts';
import { REPLY_LANGUAGES } from './replyLanguagePack.ts';
import { REPLY_TEMPLATE_IDS } from './replyTemplateId.ts';
import { buildTestContext } from './replyFixtures.test-support.ts';

const INPUTS = { extensionReasons: 'r', refusalReasons: 'r' };

describe('built-in template modules', () => {
  for (const language of REPLY_LANGUAGES) {
    const pack = REPLY_LANGUAGE_PACKS[language];

    it(`${language}: is registered under its own language`, () => {
      expect(pack.language).toBe(language);
    });

    for (const templateId of REPLY_TEMPLATE_IDS) {
      it(`${language}/${templateId}: uses only known placeholders and contains every required one`, () => {
        expect(findTemplateTextProblems(templateId, pack.templates[templateId])).toEqual([]);
      });

      it(`${language}/${templateId}: gets a value for exactly the placeholders it may use`, () => {
        const values = buildReplyValues(templateId, buildTestContext({ inputs: INPUTS }), pack);
        expect(Object.keys(values).sort()).toEqual([...listPlaceholdersFor(templateId)].sort());
      });
    }
  }

  it('every language has the same templates with distinct titles', () => {
    for (const language of REPLY_LANGUAGES) {
      const titles = REPLY_TEMPLATE_IDS.map((id) => REPLY_LANGUAGE_PACKS[language].templates[id].title);
      expect(new Set(titles).size).toBe(REPLY_TEMPLATE_IDS.length);
    }
  });
});
