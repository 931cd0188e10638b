import { rename } from 'node:fs/promises';

/** Keeps a damaged file for a person to look at later and gets it out of the way: `x.json.corrupt-<time>`. */
export async function moveAside(path: string, now: number = Date.now()): Promise<string | null> {
  const target = `${path}.corrupt-${now}`;
  try {
    await rename(path, target);
    return target;
  } catch {
    return null;
  }
}
