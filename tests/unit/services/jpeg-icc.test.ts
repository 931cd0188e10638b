import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { attachIccProfile } from '../../../electron/services/media/jpeg-icc';

/** The ICC parts of a JPEG, as a reader gathers them: APP2 "ICC_PROFILE" segments in their numbered order. */
function iccParts(jpeg: Buffer): { index: number; count: number; data: Buffer }[] {
  const parts: { index: number; count: number; data: Buffer }[] = [];
  for (let at = 2; at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1] !== 0xda; ) {
    const length = jpeg.readUInt16BE(at + 2);
    if (jpeg[at + 1] === 0xe2 && jpeg.subarray(at + 4, at + 16).toString('latin1') === 'ICC_PROFILE\0') {
      parts.push({ index: jpeg[at + 16], count: jpeg[at + 17], data: jpeg.subarray(at + 18, at + 2 + length) });
    }
    at += 2 + length;
  }
  return parts;
}

describe('an ICC profile attached to a JPEG', () => {
  it('is read back by sharp, pixels untouched', async () => {
    const p3 = (await sharp({ create: { width: 8, height: 8, channels: 3, background: '#d01818' } }).withIccProfile('p3').jpeg().toBuffer({ resolveWithObject: true })).data;
    const icc = (await sharp(p3).metadata()).icc as Buffer;
    const bare = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#bf3127' } }).jpeg().toBuffer();
    const tagged = attachIccProfile(bare, icc);
    expect((await sharp(tagged).metadata()).icc?.equals(icc)).toBe(true);
    const stored = await sharp(tagged).keepIccProfile().raw().toBuffer();
    const original = await sharp(bare).raw().toBuffer();
    expect(stored.equals(original)).toBe(true);
    // Attached twice: still one profile.
    expect(iccParts(attachIccProfile(tagged, icc))).toHaveLength(1);
  });

  it('splits a profile larger than one segment into numbered parts', async () => {
    const bare = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#123456' } }).jpeg().toBuffer();
    const big = Buffer.alloc(150_000, 7);
    big.write('big profile', 0);
    const parts = iccParts(attachIccProfile(bare, big));
    expect(parts.map((part) => [part.index, part.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(Buffer.concat(parts.map((part) => part.data)).equals(big)).toBe(true);
    await expect(sharp(attachIccProfile(bare, big)).raw().toBuffer()).resolves.toBeDefined();
  });
});
