import { crc32, inflateRawSync, inflateSync } from 'node:zlib';

/** Width, height, colour type and the alpha of every pixel of a non-interlaced 8-bit PNG. */
export interface DecodedPng {
  width: number;
  height: number;
  colorType: number;
  alphaAt(x: number, y: number): number;
}

/** Reads a PNG the way an image viewer would, so icon tests do not trust the file name. */
export function decodePng(file: Uint8Array): DecodedPng {
  const bytes = Buffer.from(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG file');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const colorType = bytes[25] ?? -1;
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (bytes[24] !== 8 || channels === undefined || bytes[28] !== 0) throw new Error('only 8-bit, non-interlaced, non-palette PNGs are read here');
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const filtered = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const raw = filtered[y * (stride + 1) + 1 + i] ?? 0;
      const left = i >= channels ? (pixels[y * stride + i - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] ?? 0) : 0;
      const predictors = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)];
      pixels[y * stride + i] = (raw + (predictors[filter ?? 0] ?? 0)) & 0xff;
    }
  }
  const hasAlpha = colorType === 4 || colorType === 6;
  return { width, height, colorType, alphaAt: (x, y) => (hasAlpha ? (pixels[y * stride + x * channels + channels - 1] ?? 0) : 255) };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return a <= b && a <= c ? left : b <= c ? up : upLeft;
}

/** Lists a ZIP archive's entries through its central directory and inflates each, checking its CRC. */
export function readZipEntries(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end-of-central-directory record');
  const entries = new Map<string, Buffer>();
  let at = archive.readUInt32LE(end + 16);
  for (let i = 0; i < archive.readUInt16LE(end + 10); i++) {
    const method = archive.readUInt16LE(at + 10);
    const checksum = archive.readUInt32LE(at + 16);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const local = archive.readUInt32LE(at + 42);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const stored = archive.subarray(start, start + compressedSize);
    const content = method === 8 ? inflateRawSync(stored) : stored;
    if (crc32(content) !== checksum) throw new Error(`CRC mismatch in ${name}`);
    entries.set(name, content);
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return entries;
}
