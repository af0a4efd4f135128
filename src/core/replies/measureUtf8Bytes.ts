/**
 * Counts the bytes a string takes in UTF-8, the measure Outlook's 32 KB body limit is checked
 * against (it is never less than the number of UTF-16 characters, so it is the safe one).
 *
 * @example
 * measureUtf8Bytes('Jan') // 3
 * measureUtf8Bytes('é') // 2
 * measureUtf8Bytes('😀') // 4
 */
export function measureUtf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x80) bytes += 1;
    else if (codePoint < 0x800) bytes += 2;
    else if (codePoint < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}
