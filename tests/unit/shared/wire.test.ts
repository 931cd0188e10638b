import { describe, expect, it } from 'vitest';
import { decodeCall, encodeCall, holdsBytes } from '../../../shared/api/wire';

const join = (pieces: Uint8Array[]): Uint8Array => {
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.byteLength;
  }
  return whole;
};

describe('the envelope for calls that carry bytes', () => {
  it('brings the input back, byte arrays included, wherever they are', () => {
    const photo = Uint8Array.from({ length: 100_000 }, (_, index) => index % 251);
    const input = { articleId: 'bai-viet-1', fileName: 'Ảnh hội nghị 01.jpg', bytes: photo, more: [{ small: new Uint8Array([1, 2, 3]) }, 'chữ'] as const, none: new Uint8Array(0) };
    expect(holdsBytes(input)).toBe(true);
    const back = decodeCall(join(encodeCall(input) as Uint8Array[])) as typeof input;
    expect(back.articleId).toBe('bai-viet-1');
    expect(back.fileName).toBe('Ảnh hội nghị 01.jpg');
    expect([...back.bytes]).toEqual([...photo]);
    expect([...back.more[0].small]).toEqual([1, 2, 3]);
    expect(back.more[1]).toBe('chữ');
    expect(back.none.byteLength).toBe(0);
  });

  it('takes a Blob (a File chosen in a page) as a part, sent as it is', async () => {
    const file = new Blob([new Uint8Array([7, 8, 9]), 'ảnh']);
    const input = { fileName: 'a.jpg', bytes: file };
    expect(holdsBytes(input)).toBe(true);
    const body = new Uint8Array(await new Blob(encodeCall(input) as (Blob | Uint8Array<ArrayBuffer>)[]).arrayBuffer());
    const back = decodeCall(body) as { fileName: string; bytes: Uint8Array };
    expect([...back.bytes]).toEqual([7, 8, 9, ...new TextEncoder().encode('ảnh')]);
  });

  it('tells JSON-only inputs apart', () => {
    expect(holdsBytes({ title: 'Bài', tags: ['a'], nested: { n: 1 } })).toBe(false);
    expect(holdsBytes(null)).toBe(false);
  });

  it('refuses envelopes that are cut short, padded, or point at parts that are not there', () => {
    const whole = join(encodeCall({ bytes: new Uint8Array([9, 9, 9, 9]) }) as Uint8Array[]);
    expect(() => decodeCall(whole.subarray(0, 2))).toThrow();
    expect(() => decodeCall(whole.subarray(0, whole.byteLength - 1))).toThrow(/cut short/);
    expect(() => decodeCall(join([whole, new Uint8Array([0])]))).toThrow(/left over/);
    const header = new TextEncoder().encode(JSON.stringify({ input: { bytes: { $bytes: 3 } }, parts: [] }));
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, header.byteLength);
    expect(() => decodeCall(join([length, header]))).toThrow(/missing part/);
    const negative = new TextEncoder().encode(JSON.stringify({ input: {}, parts: [-1] }));
    new DataView(length.buffer).setUint32(0, negative.byteLength);
    expect(() => decodeCall(join([length, negative]))).toThrow(/malformed/);
  });
});
