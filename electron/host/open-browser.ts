import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The command that opens an address in the system's browser here, or null (no desktop, BROWSER=none). */
export function browserCommand(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } | null {
  if (env.BROWSER === 'none') return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  const onPath = (name: string): boolean => (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
  if (env.BROWSER && onPath(env.BROWSER)) return { command: env.BROWSER, args: [url] };
  return onPath('xdg-open') ? { command: 'xdg-open', args: [url] } : null;
}

/** Opens the address in the system's browser, where there is one; says nothing if there is none. */
export function openInBrowser(url: string): boolean {
  const command = browserCommand(url);
  if (!command) return false;
  try {
    const child = spawn(command.command, command.args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
