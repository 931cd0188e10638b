import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

/** The processes whose environment carries the marker (Linux: /proc). */
function marked(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(`TOASOAN_EXIFTOOL_OWNER=${marker}`)) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

describe('exiftool helpers', () => {
  it.runIf(process.platform === 'linux')('do not outlive an app that is killed', async () => {
    const dir = tempDir();
    // Built inside the project, so that its packages (exiftool among them) are found from there.
    const script = join(process.cwd(), 'node_modules', '.cache', 'toasoan-tests', `exiftool-child-${randomBytes(4).toString('hex')}.mjs`);
    await build({ entryPoints: ['tests/unit/crash/exiftool-child.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: script, logLevel: 'silent', packages: 'external' });
    const photo = join(dir, 'anh.jpg');
    writeFileSync(photo, await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).jpeg().toBuffer());
    const marker = randomBytes(6).toString('hex');
    const child = spawn(process.execPath, [script, photo, marker], { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited (${code}): ${errors}`)));
    });
    expect(marked(marker).length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    let left = marked(marker);
    for (let wait = 0; wait < 40 && left.length > 0; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = marked(marker);
    }
    rmSync(script, { force: true });
    expect(left).toEqual([]);
  }, 30_000);
});
