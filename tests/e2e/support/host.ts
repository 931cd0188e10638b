import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostApi } from './host-api';

const HOST_SCRIPT = resolve('out/main/host.js');

export interface TestHost {
  /** The address with the per-run token, as a person would open it. */
  openUrl: string;
  origin: string;
  token: string;
  /** The host process (a benchmark reads its memory). */
  pid: number | undefined;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The profile a test or a benchmark works as, unless it meets the first start itself. */
export const TEST_PROFILE = 'Trần Thị Thử';

/**
 * Starts the loopback host (the built `out/main/host.js`) on a free port with the given data folder, and chooses
 * the working profile (made the first time), as a person does at every start; `profile: null` leaves the first
 * start to the page.
 */
export async function startTestHost(dataDir: string, options: { profile?: string | null } = {}): Promise<TestHost> {
  const host = await launchHost(dataDir);
  const profile = options.profile === undefined ? TEST_PROFILE : options.profile;
  if (profile) {
    const { profiles } = await hostApi<{ profiles: { id: string; name: string }[] }>(host, 'profiles.list', {});
    const chosen = profiles.find((item) => item.name === profile) ?? (await hostApi<{ id: string }>(host, 'profiles.save', { name: profile, roles: ['reporter', 'photographer'] }));
    await hostApi(host, 'profiles.select', { id: chosen.id });
  }
  return host;
}

async function launchHost(dataDir: string): Promise<TestHost> {
  if (!existsSync(HOST_SCRIPT)) throw new Error('out/main/host.js is missing: run `npm run build:only` first');
  const child: ChildProcess = spawn(process.execPath, [HOST_SCRIPT, '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it (even with SIGKILL, a crash) takes its exiftool helpers too.
    detached: true,
    // The same time zone as the browser (playwright.config.ts), so times written by the services match the page's.
    env: { ...process.env, TOASOAN_DATA_DIR: dataDir, TZ: 'Asia/Ho_Chi_Minh' },
  });
  let output = '';
  const openUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /TOASOAN_URL=(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  const url = new URL(openUrl);
  return {
    pid: child.pid,
    openUrl,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        try {
          process.kill(-(child.pid as number), signal);
        } catch {
          child.kill(signal);
        }
      }),
  };
}
