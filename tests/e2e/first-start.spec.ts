import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinary } from './support/electron-binary';

/**
 * The README's first command, as a newcomer runs it on a machine where Electron's binary cannot be had
 * (CI's, and this workplace's: GitHub is out of reach). In CI it runs in a fresh clone, `npm install` included;
 * elsewhere `npm start` in this checkout. It must print the address, serve the app, and stop on a signal.
 */
const binary = electronBinary();

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
    const hard = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolveStop();
    });
    process.kill(-(child.pid as number), 'SIGTERM');
  });
}

test('npm install && npm start serves the app in the browser where Electron cannot run', async ({ page }) => {
  test.skip('path' in binary, 'The Electron binary is installed here, so npm start opens the desktop window (tests/e2e/electron covers it).');
  test.setTimeout(10 * 60_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-first-start-'));
  const clone = process.env.CI ? mkdtempSync(join(tmpdir(), 'toasoan-clone-')) : null;
  if (clone) execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${process.cwd()}`, clone]);
  // Where GitHub is out of reach, pretend to have a screen: npm start then tries to fetch Electron, fails and
  // says why — the newcomer's path. Elsewhere no screen, so that the test never opens a window or downloads.
  const githubReachable = await lookup('github.com').then(
    () => true,
    () => false,
  );
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  Object.assign(env, { TOASOAN_DATA_DIR: dataDir, BROWSER: 'none', DISPLAY: githubReachable ? '' : ':99', WAYLAND_DISPLAY: '' });
  const child = spawn('bash', ['-c', clone ? 'npm install --no-audit --no-fund && npm start' : 'npm start'], {
    cwd: clone ?? process.cwd(),
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const openUrl = await new Promise<string>((resolveUrl, reject) => {
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /TOASOAN_URL=(\S+)/.exec(output);
        if (match) resolveUrl(match[1]);
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`npm start ended (${code}) before printing an address:\n${output}`)));
    });
    expect(output).toContain('Không mở được cửa sổ ứng dụng nên Tòa soạn chạy trong trình duyệt. Lý do kỹ thuật:');
    if (!githubReachable) expect(output).toMatch(/không tải được Electron từ github\.com \(.*ENOTFOUND github\.com\)/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(new URL(openUrl).port).not.toBe('');

    await page.goto(openUrl);
    await expect(page.getByRole('heading', { name: 'Thư viện bài viết' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/first-start-readme-command.png' });
  } finally {
    await stopGroup(child);
    console.log(`[first start] output of the README's first command:\n${output.split('\n').filter((line) => !line.startsWith('TOASOAN_URL')).join('\n')}`);
    rmSync(dataDir, { recursive: true, force: true });
    if (clone) rmSync(clone, { recursive: true, force: true });
  }
  expect(child.exitCode ?? 0).toBe(0);
});
