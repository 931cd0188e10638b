import { randomBytes } from 'node:crypto';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArticles, tempDir } from '../helpers';

const KILLS = Number(process.env.TOASOAN_CRASH_KILLS ?? 200);

/** Runs the child until it has acknowledged at least one save, kills it after a random delay, returns the last ack. */
function runAndKill(script: string, dataDir: string, id: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = -1;
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const lines = output.split('\n');
      output = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ack (\d+)$/.exec(line);
        if (match) lastAck = Number(match[1]);
      }
      if (lastAck >= 0 && timer === null) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${errors}`));
      else resolve(lastAck);
    });
  });
}

describe('crash safety', () => {
  it(`holds the last acknowledged save after ${KILLS} SIGKILLs at random moments`, async () => {
    const work = tempDir('toasoan-crash-');
    // Built inside the project, so that its packages (the search index's WebAssembly SQLite among them, which reads
    // its .wasm beside itself) are found from there.
    const script = join(process.cwd(), 'node_modules', '.cache', 'toasoan-tests', `autosave-child-${randomBytes(4).toString('hex')}.mjs`);
    await build({
      entryPoints: ['tests/unit/crash/autosave-child.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
      packages: 'external',
    });
    const dataDir = join(work, 'data');
    const setup = await openArticles(dataDir);
    const { id } = await setup.service.create({ title: 'Lần lưu 0' });
    await setup.service.close();

    let acknowledged = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const lastAck = await runAndKill(script, dataDir, id, Math.floor(Math.random() * 60));
      acknowledged = Math.max(acknowledged, lastAck);

      const { service, notices } = await openArticles(dataDir);
      const article = await service.get(id);
      const stored = Number(/^Lần lưu (\d+)$/.exec(article.title)?.[1]);
      // Saved at least up to the last ack; at most one more (saved, killed before it could print).
      expect(stored, `after kill ${kill}`).toBeGreaterThanOrEqual(acknowledged);
      expect(stored, `after kill ${kill}`).toBeLessThanOrEqual(acknowledged + 1);
      expect(article.lead).toBe(`Sapo ${stored}`);
      expect(JSON.stringify(article.body)).toContain(`Lần lưu ${stored}, đoạn 19`);
      expect(notices.list().filter((notice) => notice.level !== 'info'), `after kill ${kill}`).toEqual([]);
      const listed = await service.list({});
      expect(listed.items.map((item) => item.title)).toEqual([article.title]);
      // The search index, once brought up to date, holds the article as it was last saved (words of its body only).
      await service.searchWarmed();
      const found = await service.list({ query: 'nhiệm kỳ' });
      expect(found.items.map((item) => item.snippet?.text ?? ''), `after kill ${kill}`).toEqual([expect.stringContaining(`Lần lưu ${stored},`)]);
      const versions = await service.listVersions(id);
      if (versions.length > 0) await service.getVersion(id, versions[0].id);
      await service.close();
      acknowledged = stored;
    }
    // Temporary files of writes cut short are swept when the article is opened.
    const { service } = await openArticles(dataDir);
    await service.get(id);
    await service.close();
    for (const folder of [join(dataDir, 'articles', id), join(dataDir, 'articles', id, 'versions')]) {
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  }, 600_000);
});
