import { describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const batches: { id: string; index: number }[] = [];
vi.mock('../../../renderer/src/api', () => ({
  call: vi.fn(async (_name: string, input: { fileName: string; batch: { id: string; index: number } }) => {
    calls.push(input.fileName);
    batches.push(input.batch);
    return { status: 'added', photo: { id: `p${calls.length}`, fileName: input.fileName } };
  }),
  errorMessage: (error: unknown) => String(error),
}));

const { ImportQueue } = await import('../../../renderer/src/photos/import-queue');

/** A file as the picker hands it; the 2 GB one must never be read (its bytes are not even there). */
function file(name: string, size: number): File {
  return {
    name,
    size,
    type: 'image/jpeg',
    webkitRelativePath: '',
    arrayBuffer: async () => {
      if (size > 1_000_000) throw new Error('a 2 GB file was read into memory');
      return new Uint8Array(size).buffer;
    },
  } as unknown as File;
}

describe('the import queue', () => {
  it('refuses a 2 GB photo by name before reading it, and the rest of the batch goes on', async () => {
    const queue = new ImportQueue('bai-viet-1', [file('ảnh 1.jpg', 1000), file('Ảnh toàn cảnh 2GB.tif', 2 * 1024 ** 3), file('ảnh 3.jpg', 1000)], () => undefined);
    const result = await queue.run();
    expect(calls).toEqual(['ảnh 1.jpg', 'ảnh 3.jpg']);
    expect(result.added).toBe(2);
    expect(result.failures).toEqual([{ name: 'Ảnh toàn cảnh 2GB.tif', message: '«Ảnh toàn cảnh 2GB.tif»: tệp quá lớn (2.048 MB; tối đa 200 MB), nên không nhập.' }]);
    // Each says its place among the files chosen, for the service to order them.
    expect(batches.map((batch) => batch.index)).toEqual([0, 2]);
    expect(new Set(batches.map((batch) => batch.id)).size).toBe(1);
  });
});
