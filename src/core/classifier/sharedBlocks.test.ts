import { SharedBlocks } from './sharedBlocks.ts';

describe('SharedBlocks', () => {
  it('hands out ranges that never overlap, in one block until it is full', () => {
    const blocks = new SharedBlocks(48, 32);
    const first = blocks.int32(4);
    const second = blocks.int32(4);
    first.fill(7);
    expect([...second]).toEqual([0, 0, 0, 0]);
    expect(second.buffer).toBe(first.buffer);
    expect(second.byteOffset).toBe(first.byteOffset + 16);
    const third = blocks.int32(8);
    expect(third.buffer).not.toBe(first.buffer);
    expect([...first]).toEqual([7, 7, 7, 7]);
  });

  it('gives a request larger than its limit an array of its own', () => {
    const blocks = new SharedBlocks(64, 8);
    const large = blocks.uint16(5);
    expect(large.length).toBe(5);
    expect(large.byteOffset).toBe(0);
    expect(large.buffer.byteLength).toBe(10);
    expect(blocks.uint8(8).buffer.byteLength).toBe(64);
  });
});
