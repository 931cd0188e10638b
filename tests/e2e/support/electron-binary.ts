import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary, or why there is none (npm could not download it on this machine). */
export function electronBinary(): { path: string } | { reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { reason: `the electron package points at ${String(path)}, which does not exist` };
  } catch (error) {
    return { reason: `the Electron binary is not installed (${(error as Error).message.split('\n')[0]})` };
  }
}
