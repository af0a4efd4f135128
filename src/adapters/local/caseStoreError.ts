/** Raised when the browser's case storage cannot be opened or written; the message tells staff what to do. */
export class CaseStoreError extends Error {
  override readonly name = 'CaseStoreError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
