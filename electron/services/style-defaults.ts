import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Lexicon, type SpellingSources } from '../../shared/spelling/lexicon';

let found: string | null = null;

/** The folder of built-in data (`resources/`): the nearest one above this file, in the source tree, the build or the packaged app. */
export function resourcesDir(): string {
  if (process.env.TOASOAN_RESOURCES_DIR) return process.env.TOASOAN_RESOURCES_DIR;
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < 6; level += 1) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'dictionaries'))) return (found = candidate);
    dir = dirname(dir);
  }
  throw new Error('resources/ not found next to the app');
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

const confusionsFile = z.object({
  schemaVersion: z.literal(1),
  entries: z.array(z.object({ wrong: z.string().min(1), right: z.string().min(1) })),
});

/** The built-in confusions list (resources/dictionaries/confusions.json): the office's list starts from it. */
export function defaultConfusions(): { wrong: string; right: string }[] {
  return confusionsFile.parse(JSON.parse(readFileSync(join(resourcesDir(), 'dictionaries', 'confusions.json'), 'utf8'))).entries;
}

/** The spelling lists shipped with the app: syllables in use, words, the most frequent words. */
export function defaultSpellingSources(): SpellingSources {
  const read = (name: string): string => readFileSync(join(resourcesDir(), 'dictionaries', name), 'utf8');
  return { syllables: read('vi-syllables.txt'), words: read('vi-words.txt'), frequent: read('vi-frequent.txt') };
}

let lexicon: Lexicon | null = null;

/** The lexicon of the shipped lists, read once. */
export function builtInLexicon(): Lexicon {
  return (lexicon ??= new Lexicon(defaultSpellingSources()));
}
