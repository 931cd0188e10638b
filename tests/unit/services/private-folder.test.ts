import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePrivate } from '../../../electron/services/storage/private-folder';
import { createServices } from '../../../electron/services/services';

const mode = (path: string): number => statSync(path).mode & 0o777;
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('the data folder is its owner’s alone', () => {
  it('tightens a folder left open by an older version, and what is written later is private too', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'toasoan-private-'));
    made.push(parent);
    const dataDir = join(parent, 'data');
    mkdirSync(join(dataDir, 'articles', 'a1'), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'articles'), 0o775);
    writeFileSync(join(dataDir, 'library.json'), '{}', { mode: 0o644 });
    writeFileSync(join(dataDir, 'articles', 'a1', 'article.json'), '{}', { mode: 0o664 });
    const previous = process.umask();
    try {
      expect((await makePrivate(dataDir)).tightened).toBe(5);
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(join(dataDir, 'articles'))).toBe(0o700);
      expect(mode(join(dataDir, 'articles', 'a1'))).toBe(0o700);
      expect(mode(join(dataDir, 'library.json'))).toBe(0o600);
      expect(mode(join(dataDir, 'articles', 'a1', 'article.json'))).toBe(0o600);
      // Once private, a later start walks nothing.
      expect((await makePrivate(dataDir)).tightened).toBe(0);

      // Through the services, as the app and the browser host start: a new folder and every file in it.
      const fresh = join(parent, 'fresh');
      process.umask(0o022);
      const services = await createServices({ dataDir: fresh, appVersion: 'test' });
      const article = await services.articles.create({ title: 'Hội nghị' });
      await services.close();
      expect(mode(fresh)).toBe(0o700);
      expect(mode(join(fresh, 'articles', article.id))).toBe(0o700);
      expect(mode(join(fresh, 'articles', article.id, 'article.json'))).toBe(0o600);
      expect(mode(join(fresh, 'secret.key'))).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('leaves a folder someone made read-only read-only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-private-ro-'));
    made.push(dataDir);
    chmodSync(dataDir, 0o555);
    const previous = process.umask();
    try {
      await makePrivate(dataDir);
      expect(mode(dataDir)).toBe(0o500);
    } finally {
      process.umask(previous);
      chmodSync(dataDir, 0o700);
    }
  });
});
