import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadElectron, installedElectron, type ElectronBinary } from './electron-binary';

/**
 * `npm start`: builds the app, then opens the desktop window — or, where Electron cannot run (its binary
 * could not be downloaded, no display), says so in one line and opens the same app in the system's browser
 * through the loopback host. Runs until the window closes or Ctrl+C.
 *
 * Options: --web (the browser even where Electron runs), --port N and --data-dir DIR (for the browser host;
 * TOASOAN_DATA_DIR works for both).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StartArgs {
  web: boolean;
  hostArgs: string[];
}

export function parseStartArgs(argv: string[]): StartArgs {
  const hostArgs: string[] = [];
  let web = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--web') web = true;
    else if ((arg === '--port' || arg === '--data-dir') && argv[index + 1] !== undefined) hostArgs.push(arg, argv[(index += 1)]);
  }
  return { web, hostArgs };
}

/** Why a desktop window cannot appear on this machine at all, or null. */
export function displayProblem(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  if (platform !== 'linux') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'không có màn hình đồ họa (DISPLAY và WAYLAND_DISPLAY đều trống)';
}

/** What `npm start` will open: the window with this binary, or the browser for this reason. */
export async function chooseShell(
  args: StartArgs,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  electron: { installed: () => ElectronBinary; download: () => Promise<ElectronBinary> },
): Promise<{ shell: 'electron'; binary: string } | { shell: 'browser'; reason: string | null }> {
  if (args.web) return { shell: 'browser', reason: null };
  const noDisplay = displayProblem(env, platform);
  if (noDisplay) return { shell: 'browser', reason: noDisplay };
  let binary = electron.installed();
  if ('reason' in binary) {
    console.log('Đang tải Electron về máy (chỉ lần đầu)…');
    binary = await electron.download();
  }
  return 'path' in binary ? { shell: 'electron', binary: binary.path } : { shell: 'browser', reason: binary.reason };
}

/** Runs a child with this terminal, passes stop signals on, and ends with its exit code. */
function runChild(command: string, args: string[]): Promise<number> {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root });
    const forward = (signal: NodeJS.Signals) => () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward(signal));
    child.on('error', (error) => {
      console.error(`Không chạy được ${command}: ${error.message}`);
      resolveExit(1);
    });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
  });
}

async function main(): Promise<number> {
  const args = parseStartArgs(process.argv.slice(2));
  console.log('Đang dựng Tòa soạn…');
  const built = await runChild(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn']);
  if (built !== 0 || !existsSync(join(root, 'out/main/host.js'))) {
    console.error('Không dựng được ứng dụng (xem lỗi ở trên).');
    return built || 1;
  }
  const choice = await chooseShell(args, process.env, process.platform, { installed: () => installedElectron(), download: () => downloadElectron() });
  if (choice.shell === 'electron') {
    // Chromium refuses to start as root without this (containers, some kiosks).
    const sandbox = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    return runChild(choice.binary, [root, ...sandbox]);
  }
  if (choice.reason) console.log(`Không mở được cửa sổ ứng dụng nên Tòa soạn chạy trong trình duyệt. Lý do kỹ thuật: ${choice.reason}.`);
  return runChild(process.execPath, [join(root, 'out/main/host.js'), '--open', ...args.hostArgs]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main().then((code) => process.exit(code));
}
