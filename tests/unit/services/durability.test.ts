import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';

const calls = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: vi.fn(async (path: string, flags?: string, mode?: number) => {
      const handle = await actual.open(path, flags, mode);
      const sync = handle.sync.bind(handle);
      const datasync = handle.datasync.bind(handle);
      handle.sync = async () => {
        calls.push(`sync ${path}`);
        return sync();
      };
      handle.datasync = async () => {
        calls.push(`datasync ${path}`);
        return datasync();
      };
      return handle;
    }),
    rename: vi.fn(async (from: string, to: string) => {
      calls.push(`rename → ${to}`);
      return actual.rename(from, to);
    }),
    truncate: vi.fn(async (path: string, length?: number) => {
      calls.push(`truncate ${path}`);
      return actual.truncate(path, length);
    }),
  };
});

/** Issue 13, item 8: no folder flush after a rename; library.json not on the disk before the journal was emptied. */
describe('durability', () => {
  it('flushes the file, renames it, then flushes the folder', async () => {
    const { writeFileAtomic } = await import('../../../electron/services/storage/atomic-write');
    const dir = tempDir();
    calls.length = 0;
    await writeFileAtomic(join(dir, 'article.json'), '{}');
    expect(calls.map((call) => call.replace(dir, 'DIR').replace(/\.article\.json\.[0-9a-f]+\.tmp/, 'TMP'))).toEqual(['datasync DIR/TMP', 'rename → DIR/article.json', 'sync DIR']);
  });

  it('empties the library journal only after the snapshot that replaces it is flushed', async () => {
    const { openArticles } = await import('../helpers');
    const dir = tempDir();
    const { service } = await openArticles(dir);
    await service.create({ title: 'Hội nghị' });
    calls.length = 0;
    await service.updateSettings({ toneStyle: 'old' });
    const snapshotFlushed = calls.findIndex((call) => call === `sync ${dir}`);
    const renamed = calls.findIndex((call) => call === `rename → ${join(dir, 'library.json')}`);
    const emptied = calls.findIndex((call) => call === `truncate ${join(dir, 'library.journal')}`);
    expect(renamed).toBeGreaterThanOrEqual(0);
    expect(snapshotFlushed).toBeGreaterThan(renamed);
    expect(emptied).toBeGreaterThan(snapshotFlushed);
    await service.close();
  });
});
