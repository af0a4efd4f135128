import { OfficeCallError } from './officeCall.ts';
import type { OfficeNamespace } from './officeCall.ts';

/** Office.js must come from Microsoft's CDN; Outlook rejects add-ins that bundle their own copy. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * True when the page was opened by Outlook: the manifest's pane URL carries `?host=outlook`.
 * Anything else runs in demo mode and loads nothing from the network.
 *
 * @example
 * isOutlookHost('?host=outlook'); // true
 * isOutlookHost('');               // false
 */
export function isOutlookHost(search: string): boolean {
  return new URLSearchParams(search).get('host') === 'outlook';
}

/**
 * Loads Office.js into the page and waits until Outlook is ready; the only place that reads the
 * global `Office`, so components receive a mailbox and never touch Office.js themselves.
 *
 * @example
 * if (isOutlookHost(location.search)) createOfficeMailbox(await startOfficeHost(document));
 */
export async function startOfficeHost(page: Document): Promise<OfficeNamespace> {
  await new Promise<void>((resolve, reject) => {
    const script = page.createElement('script');
    script.src = OFFICE_JS_URL;
    script.onload = () => resolve();
    script.onerror = () =>
      reject(new OfficeCallError('Office.js could not be loaded. Check the network connection, then reopen Privacy Desk in Outlook.'));
    page.head.append(script);
  });
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Outlook) {
    throw new OfficeCallError(`Privacy Desk runs in Outlook, but was opened in ${String(info.host ?? 'a browser')}. Open it from an Outlook message.`);
  }
  return Office;
}
