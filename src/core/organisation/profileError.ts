/**
 * Thrown when an organisation profile is wrong. The message starts with the field path
 * (e.g. `systems[2].retention: expected a non-empty string`) so whoever edits the profile finds it.
 */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}
