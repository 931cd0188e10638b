import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { openableKind } from '../../shared/api/events';

/**
 * The files on a command line that the app opens: article packages and Word documents that exist, from a
 * double-click, "Open with", or a second launch (`second-instance` passes that launch's arguments and folder).
 * Switches (`--…`) and everything else are ignored.
 */
export function filesToOpen(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !openableKind(arg)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    try {
      if (statSync(path).isFile() && !files.includes(path)) files.push(path);
    } catch {
      // Not there (a stale shortcut): nothing to open.
    }
  }
  return files;
}
