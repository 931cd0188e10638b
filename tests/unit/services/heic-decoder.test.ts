import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HeicDecoder } from '../../../electron/services/media/heic';

const decoder = new HeicDecoder();
afterAll(() => decoder.close());
const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'photos', name));

describe('the HEIC decoder worker', () => {
  it('decodes several photos at once, each to its own pixels', async () => {
    const [flat, upright] = await Promise.all([decoder.decode(fixture('hoi-nghi.heic')), decoder.decode(fixture('hoi-nghi-doc.heic'))]);
    expect([flat.width, flat.height, flat.data.length]).toEqual([640, 480, 640 * 480 * 4]);
    expect([upright.width, upright.height]).toEqual([480, 640]);
  });

  it('says why a file is not HEIC, and goes on working after it', async () => {
    await expect(decoder.decode(Buffer.from('không phải ảnh HEIC, chỉ là chữ'))).rejects.toThrow(/not a HEIC image/);
    await expect(decoder.decode(fixture('hoi-nghi.heic').subarray(0, 600))).rejects.toThrow();
    expect((await decoder.decode(fixture('p3-do.heic'))).width).toBe(320);
  });

  it('starts again after it was closed', async () => {
    await decoder.close();
    expect((await decoder.decode(fixture('hoi-nghi.heic'))).height).toBe(480);
  });
});
