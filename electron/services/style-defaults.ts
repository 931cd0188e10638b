import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The folder of built-in data (`resources/`), in the source tree, the build and the packaged app. */
export function resourcesDir(): string {
  if (process.env.TOASOAN_RESOURCES_DIR) return process.env.TOASOAN_RESOURCES_DIR;
  const here = dirname(fileURLToPath(import.meta.url));
  // electron/services (source, tests) and out/main (build) are both two levels below the top.
  return join(here, '..', '..', 'resources');
}

const abbreviationsFile = z.object({
  schemaVersion: z.literal(1),
  entries: z.array(z.object({ abbr: z.string().min(1), expansion: z.string() })),
});
const properNamesFile = z.object({ schemaVersion: z.literal(1), names: z.array(z.string().min(1)) });

export interface AbbreviationEntry {
  abbr: string;
  expansion: string;
}

export function defaultAbbreviations(): AbbreviationEntry[] {
  return abbreviationsFile.parse(JSON.parse(readFileSync(join(resourcesDir(), 'dictionaries', 'abbreviations.json'), 'utf8'))).entries;
}

export function defaultProperNames(): string[] {
  return properNamesFile.parse(JSON.parse(readFileSync(join(resourcesDir(), 'dictionaries', 'proper-names.json'), 'utf8'))).names;
}
