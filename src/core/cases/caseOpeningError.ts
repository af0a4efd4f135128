/** Thrown when a case cannot be opened; the message says what to fix. */
export class CaseOpeningError extends Error {
  override readonly name = 'CaseOpeningError';
}
