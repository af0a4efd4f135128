/**
 * Short typed arrays cut from shared blocks: allocating a typed array costs more than filling a short
 * one, and one block serves hundreds of mails. Each request gets its own range, never handed out
 * again; a block is freed once no array cut from it is in use. One instance serves one element type,
 * so every range stays aligned to it.
 */
export class SharedBlocks {
  private block = new ArrayBuffer(0);
  private bytesUsed = 0;

  constructor(
    private readonly blockBytes: number,
    /** Larger requests get an array of their own. */
    private readonly maxBytesFromBlock: number,
  ) {}

  /** The byte offset in `this.block` of `byteLength` bytes no one else holds, or -1 for a request too large for a block. */
  private reserve(byteLength: number): number {
    if (byteLength > this.maxBytesFromBlock) return -1;
    if (this.bytesUsed + byteLength > this.block.byteLength) {
      this.block = new ArrayBuffer(this.blockBytes);
      this.bytesUsed = 0;
    }
    const offset = this.bytesUsed;
    this.bytesUsed += byteLength;
    return offset;
  }

  uint8(length: number): Uint8Array {
    const offset = this.reserve(length);
    return offset < 0 ? new Uint8Array(length) : new Uint8Array(this.block, offset, length);
  }

  uint16(length: number): Uint16Array {
    const offset = this.reserve(length * 2);
    return offset < 0 ? new Uint16Array(length) : new Uint16Array(this.block, offset, length);
  }

  int32(length: number): Int32Array {
    const offset = this.reserve(length * 4);
    return offset < 0 ? new Int32Array(length) : new Int32Array(this.block, offset, length);
  }
}
