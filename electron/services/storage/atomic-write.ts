import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a whole file so that a reader (or a restart after SIGKILL or power loss) sees either the
 * old content or the new one, never a mix: a temporary file beside it, flushed, renamed, the folder flushed.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { durable?: boolean } = {}): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(data);
    // Derived files (a web copy, a thumbnail) can be made again from the original: no flush for them.
    if (options.durable !== false) await handle.datasync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await renameWithRetry(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  // The rename itself is only durable once the folder's entry is on the disk.
  if (options.durable !== false) await syncFolder(dirname(path));
}

/** Flushes a folder's entries (POSIX); Windows cannot open a folder for that and keeps renames durable itself. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** On Windows a virus scanner or indexer may hold the target open for a moment: try again briefly. */
export async function renameWithRetry(from: string, to: string, attempts = process.platform === 'win32' ? 10 : 1): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (attempt >= attempts || !BUSY.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
