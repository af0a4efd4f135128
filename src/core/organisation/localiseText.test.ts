import { localiseText } from './localiseText.ts';

const dutchDefault = { defaultLanguage: 'nl', languages: ['nl', 'en', 'de'] } as const;

describe('localiseText', () => {
  it('gives the version in the language asked for', () => {
    expect(localiseText({ nl: 'werkdagen', en: 'working days' }, 'en', dutchDefault)).toBe('working days');
    expect(localiseText({ nl: 'werkdagen', en: 'working days' }, 'nl', dutchDefault)).toBe('werkdagen');
  });

  it('falls back to the default language when the translation is missing', () => {
    expect(localiseText({ nl: 'Derde partijen' }, 'en', dutchDefault)).toBe('Derde partijen');
  });

  it('falls back to the default language, not to another translation that happens to exist', () => {
    expect(localiseText({ nl: 'facturen', de: 'Rechnungen' }, 'en', dutchDefault)).toBe('facturen');
  });

  it('refuses a text built in code without the default language, saying what to add', () => {
    expect(() => localiseText({ en: 'invoices' }, 'de', dutchDefault)).toThrow(/no "nl" version.*it has: en/);
  });

  it('does not change the text', () => {
    const text = { nl: 'werkdagen' };
    localiseText(text, 'en', dutchDefault);
    expect(text).toEqual({ nl: 'werkdagen' });
  });
});
