import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileDirect } from '../../../electron/services/storage/direct-write';

let dir = '';
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
    const fileSystem = process.platform === 'linux' ? execFileSync('stat', ['-f', '-c', '%T', dir], { encoding: 'utf8' }).trim() : '';
    if (['ext2/ext3', 'xfs', 'btrfs'].includes(fileSystem)) expect(modes.slice(1)).toEqual(['direct', 'direct', 'direct']);
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
});
