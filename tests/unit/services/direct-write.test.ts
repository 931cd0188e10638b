import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileDirect } from '../../../electron/services/storage/direct-write';

let dir = '';
/** Direct writes are possible on Linux disks (ext4, xfs, btrfs); elsewhere (tmpfs, macOS, Windows) the page cache is used. */
const directCapable = (folder: string): boolean =>
  process.platform === 'linux' && ['ext2/ext3', 'xfs', 'btrfs'].includes(execFileSync('stat', ['-f', '-c', '%T', folder], { encoding: 'utf8' }).trim());
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing an original past the page cache', () => {
  it('writes every byte, whatever the length, and leaves no temporary file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'toasoan-direct-'));
    // Under a block, exactly a chunk, a chunk and a byte, several chunks and a ragged end.
    const modes: string[] = [];
    for (const length of [10, 1 << 20, (1 << 20) + 1, 12_500_017]) {
      const data = randomBytes(length);
      const path = join(dir, `original-${length}.jpg`);
      modes.push(await writeFileDirect(path, data));
      expect(readFileSync(path).equals(data)).toBe(true);
    }
    // A small file goes through the page cache; a large one past it, on Linux disks (ext4, xfs, btrfs).
    expect(modes[0]).toBe('cached');
    if (directCapable(dir)) expect(modes.slice(1)).toEqual(['direct', 'direct', 'direct']);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('takes a view into a larger buffer as it is, and replaces a file that was there', async () => {
    dir = mkdtempSync(join(tmpdir(), 'toasoan-direct-'));
    const path = join(dir, 'original.jpg');
    writeFileSync(path, 'old');
    const whole = randomBytes(3_000_000);
    const view = whole.subarray(123, 2_500_123);
    await writeFileDirect(path, view);
    expect(readFileSync(path).equals(view)).toBe(true);
  });

  it('leaves nothing behind when the folder is not there', async () => {
    dir = mkdtempSync(join(tmpdir(), 'toasoan-direct-'));
    await expect(writeFileDirect(join(dir, 'missing', 'original.jpg'), randomBytes(2_000_000))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('falls back to the page cache when a direct write comes back short, and the file is still whole', async (context) => {
    dir = mkdtempSync(join(tmpdir(), 'toasoan-direct-'));
    if (!directCapable(dir)) context.skip('no direct writes on this file system');
    const probe = await open(join(dir, 'probe'), 'w');
    const prototype = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<{ bytesWritten: number; buffer: unknown }> };
    await probe.close();
    const original = prototype.write;
    // The first chunk of 1 MiB is written one block short, as a kernel may do near a full disk.
    let shortened = false;
    const spy = vi.spyOn(prototype, 'write').mockImplementation(async function (this: unknown, ...args: unknown[]) {
      if (!shortened && args[2] === 1 << 20) {
        shortened = true;
        return original.call(this, args[0], args[1], (1 << 20) - 4096, args[3]);
      }
      return original.apply(this, args);
    });
    try {
      const data = randomBytes(3_000_001);
      const path = join(dir, 'original.jpg');
      const mode = await writeFileDirect(path, data);
      expect(shortened).toBe(true);
      expect(mode).toBe('cached');
      expect(readFileSync(path).equals(data)).toBe(true);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
