import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The data folder is its owner's alone (POSIX): the folder 0700, what is made in it from now on 0700/0600
 * (the process's umask), and — the first time a folder from an older version, or one made by hand, is found
 * open to others — everything already in it tightened too. Windows keeps its own per-user ACLs on %APPDATA%.
 */
export async function makePrivate(dataDir: string, platform: NodeJS.Platform = process.platform): Promise<{ tightened: number }> {
  if (platform === 'win32') return { tightened: 0 };
  process.umask(0o077);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const mode = (await lstat(dataDir)).mode & 0o777;
  if ((mode & 0o077) === 0) return { tightened: 0 };
  let tightened = 0;
  const walk = async (path: string): Promise<void> => {
    const stat = await lstat(path).catch(() => null);
    if (!stat || stat.isSymbolicLink()) return;
    // Only what others may do is taken away: a folder someone made read-only stays read-only.
    const wanted = stat.mode & 0o700;
    if ((stat.mode & 0o777) !== wanted) {
      await chmod(path, wanted).catch(() => undefined);
      tightened += 1;
    }
    if (stat.isDirectory()) for (const name of await readdir(path).catch(() => [])) await walk(join(path, name));
  };
  await walk(dataDir);
  return { tightened };
}
