import { crc32, deflateRawSync } from 'node:zlib';

/** One file to put in the archive, at the archive's top level or under a relative path. */
export interface ZipEntry {
  name: string;
  content: Uint8Array;
}

// Fixed DOS timestamp (1 January 2026, 00:00) so the same inputs always give the same package.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DEFLATE = 8;

/**
 * Writes a ZIP archive (deflated entries, no extras), enough for a Teams / Microsoft 365 app package.
 *
 * @example
 * const zip = createZipArchive([{ name: 'manifest.json', content: Buffer.from(manifestText) }]);
 * writeFileSync('privacy-desk.zip', zip);
 */
export function createZipArchive(entries: readonly ZipEntry[]): Buffer {
  const localParts: Buffer[] = [];
  const centralParts: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.content);
    const checksum = crc32(entry.content);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommonFields(local, 4, checksum, compressed.length, entry.content.length, name.length);
    localParts.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: version 2.0
    writeCommonFields(central, 6, checksum, compressed.length, entry.content.length, name.length);
    central.writeUInt32LE(offset, 42);
    centralParts.push(central, name);

    offset += local.length + name.length + compressed.length;
  }
  const centralDirectory = Buffer.concat(centralParts);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...localParts, centralDirectory, end]);
}

/** The fields local and central headers share, from "version needed" to "file name length". */
function writeCommonFields(header: Buffer, at: number, checksum: number, compressedSize: number, size: number, nameLength: number) {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  header.writeUInt16LE(DEFLATE, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(checksum, at + 10);
  header.writeUInt32LE(compressedSize, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}
