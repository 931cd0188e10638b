import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { deflatedZeros, rawZip } from '../fixtures/zip/hostile-zip';
import { startTestHost, type TestHost } from '../e2e/support/host';
import { percentile, round } from './stats';

const MB = 1024 * 1024;

/** The host process's resident memory now and its peak since it started (Linux: /proc). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
    return { rssMb: field('VmRSS'), peakMb: field('VmHWM') };
  } catch {
    return null;
  }
}

async function post(host: TestHost, name: string, input: unknown): Promise<{ ok: boolean; error?: { message: string } }> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; error?: { message: string } };
}

/**
 * Issue 13: a 1 GiB zip bomb (≈ 1 MB on disk) sent to the browser host as a package and as a .docx: the host's
 * peak memory above idle, and the latency of another call (app.info every 20 ms) while it is refused.
 */
export async function measureHostileArchives(): Promise<Record<string, number | string>[] | { skipped: string }> {
  const packed = deflatedZeros(1024 * MB);
  const bombs = {
    package: rawZip([
      { name: 'manifest.json', data: strToU8('{}'), method: 0, declared: 2 },
      { name: 'article.json', data: packed, method: 8, declared: 1000 },
    ]),
    docx: rawZip([
      { name: '[Content_Types].xml', data: strToU8('<Types/>'), method: 0, declared: 8 },
      { name: 'word/document.xml', data: packed, method: 8, declared: 1000 },
    ]),
  };
  const rows: Record<string, number | string>[] = [];
  for (const [kind, bytes] of Object.entries(bombs)) {
    const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-bench-bomb-'));
    const host = await startTestHost(dataDir);
    try {
      // Settle, then the idle figure.
      for (let warm = 0; warm < 20; warm += 1) await post(host, 'app.info', {});
      const pid = host.pid;
      const idle = pid ? memoryOf(pid) : null;
      if (!idle) return { skipped: 'no /proc here: the host’s memory cannot be read' };
      const latencies: number[] = [];
      let running = true;
      const probe = (async () => {
        while (running) {
          const started = performance.now();
          await post(host, 'app.info', {});
          latencies.push(performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const started = performance.now();
      const answer =
        kind === 'package'
          ? await post(host, 'package.import', { fileName: 'bom.toasoan', base64: Buffer.from(bytes).toString('base64') })
          : await post(host, 'import.document', { fileName: 'bom.docx', base64: Buffer.from(bytes).toString('base64') });
      const refusedMs = performance.now() - started;
      running = false;
      await probe;
      const after = memoryOf(pid as number);
      rows.push({
        archive: kind,
        fileMb: round(bytes.length / MB, 2),
        inflatesToMb: 1024,
        refused: answer.ok ? 'KHÔNG' : (answer.error?.message ?? '').slice(0, 60),
        refusedInMs: round(refusedMs),
        idleRssMb: round(idle.rssMb),
        peakAboveIdleMb: round((after?.peakMb ?? NaN) - idle.rssMb),
        otherCallP50Ms: round(percentile(latencies, 50)),
        otherCallP95Ms: round(percentile(latencies, 95)),
        otherCalls: latencies.length,
      });
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return rows;
}
