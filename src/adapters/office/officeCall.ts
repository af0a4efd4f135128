/** Raised when an Office.js call fails; the message names the action so support staff know what broke. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  /** The Office error code, when Office gave one. */
  readonly code: number | undefined;

  constructor(message: string, code?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The part of the Office namespace the adapter needs, injected so tests can pass office-addin-mock. */
export type OfficeNamespace = Pick<typeof Office, 'AsyncResultStatus' | 'CoercionType' | 'EventType'> & {
  context: { mailbox: Office.Mailbox; requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'> };
};

/**
 * Runs an Office.js `*Async` call as a promise that rejects with an `OfficeCallError` naming
 * `action` when Office reports failure, or when the call itself throws.
 *
 * @example
 * const text = await callOffice<string>(Office, 'read the message body', (done) =>
 *   item.body.getAsync(Office.CoercionType.Text, done));
 */
export function callOffice<T>(
  office: Pick<typeof Office, 'AsyncResultStatus'>,
  action: string,
  start: (done: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          const reason = result.error?.message ?? 'Office gave no reason';
          reject(new OfficeCallError(`Outlook could not ${action}: ${reason}. Select the message again or reopen Privacy Desk.`, result.error?.code));
        } else {
          resolve(result.value);
        }
      });
    } catch (cause) {
      reject(new OfficeCallError(`Outlook could not ${action}. This Outlook version may not support it; update Outlook or use Outlook on the web.`, undefined, { cause }));
    }
  });
}
