import { utimesSync, writeFileSync } from 'node:fs';

/**
 * Writes a source file for the launcher's tests with a modification time `secondsAgo` in the past, as a saved file has by the
 * time the CLI starts (a file saved during a build is newer than the build's start, see `ensureCliBundle`).
 *
 * @example
 * writeSavedSource('/tmp/x/entry.ts', "export const requester = 'Anna';\n", 60);
 */
export function writeSavedSource(path: string, text: string, secondsAgo: number): void {
  writeFileSync(path, text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, when, when);
}
