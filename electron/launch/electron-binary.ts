import { spawn } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { path: string } | { reason: string };

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The Electron binary npm's `electron` package has already downloaded, or why there is none — without
 * `require('electron')`, which (Electron 42 and later) starts a download when the binary is missing.
 */
export function installedElectron(env: NodeJS.ProcessEnv = process.env, packageDir: string | null = electronPackageDir()): ElectronBinary {
  if (!packageDir) return { reason: 'gói electron chưa được cài (npm install)' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(path) ? { path } : { reason: `ELECTRON_OVERRIDE_DIST_PATH trỏ tới ${path}, tệp này không có` };
  }
  if (!relative) return { reason: 'chưa tải tệp chạy Electron về máy' };
  const path = join(packageDir, 'dist', relative);
  return existsSync(path) ? { path } : { reason: `thiếu tệp chạy Electron ${path}` };
}

/** The host Electron downloads from (its mirror if one is set), for a message that names it. */
export function electronDownloadHost(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return new URL(env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror ?? 'https://github.com').hostname;
  } catch {
    return 'github.com';
  }
}

/**
 * Asks the `electron` package to download its binary (its own install script, as `require('electron')`
 * would), with its output kept rather than printed: on failure the answer is one line saying why.
 */
export async function downloadElectron(timeoutMs = 10 * 60_000, packageDir: string | null = electronPackageDir()): Promise<ElectronBinary> {
  if (!packageDir) return { reason: 'gói electron chưa được cài (npm install)' };
  const host = electronDownloadHost();
  const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const keep = (chunk: Buffer): void => {
      text += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 1, text: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, text });
    });
  });
  const installed = installedElectron(process.env, packageDir);
  if (output.code === 0 && 'path' in installed) return installed;
  const firstLine = output.text.split('\n').find((line) => line.trim() !== '' && !line.startsWith('Downloading')) ?? `mã thoát ${output.code}`;
  // fetch() hides its cause; asking the name service says what a person can check (no network, no DNS, a proxy).
  const cause = await lookup(host).then(
    () => '',
    (error: NodeJS.ErrnoException) => `; ${error.syscall ?? 'getaddrinfo'} ${error.code ?? ''} ${host}`.trimEnd(),
  );
  return { reason: `không tải được Electron từ ${host} (${firstLine.trim()}${cause})` };
}
