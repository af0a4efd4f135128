// @vitest-environment jsdom
import { isOutlookHost, OFFICE_JS_URL, startOfficeHost } from './startOfficeHost.ts';

describe('isOutlookHost', () => {
  it('is true only for ?host=outlook, so the demo never loads Office.js', () => {
    expect(isOutlookHost('?host=outlook')).toBe(true);
    expect(isOutlookHost('?host=outlook&x=1')).toBe(true);
    expect(isOutlookHost('')).toBe(false);
    expect(isOutlookHost('?host=teams')).toBe(false);
    expect(isOutlookHost('?host=Outlook%20Web')).toBe(false);
  });
});

describe('startOfficeHost', () => {
  it('injects the Office CDN script and rejects with a clear error when it cannot load', async () => {
    const starting = startOfficeHost(document);
    const script = document.head.querySelector('script');
    expect(script?.getAttribute('src')).toBe(OFFICE_JS_URL);
    script?.dispatchEvent(new Event('error'));
    await expect(starting).rejects.toThrow(/Office.js could not be loaded/);
  });
});
