/**
 * Writes resources/dictionaries/vi-syllables.txt: the Vietnamese syllables in use, from @cspell/dict-vi-vn (MIT,
 * see docs/licences.md), those the syllable grammar (shared/spelling/syllable.ts) accepts, lowercase, NFC, sorted.
 * Run after updating that package: `npm run dictionaries`. A unit test checks the file is what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { isPossibleSyllable } from '../../shared/spelling/syllable';

/** Loanwords the package lists that the grammar of native syllables refuses: in use all the same. */
const LOANWORDS = new Set(['email', 'gen', 'gram', 'internet', 'intranet', 'ka', 'palăng', 'ping', 'tivi', 'web']);

/** Syllables in use that the package lacks: nòng (nòng cốt, nòng súng), òa (òa khóc), sỹ (liệt sỹ, still written in offices), khộp (rừng khộp). */
const MISSING = ['nòng', 'òa', 'sỹ', 'khộp'];

export const SYLLABLES_FILE = join('resources', 'dictionaries', 'vi-syllables.txt');

/** The syllables in use, and what the package lists that the grammar refuses (abbreviations, foreign words). */
export function syllablesFromPackage(): { syllables: string[]; refused: string[] } {
  const require = createRequire(import.meta.url);
  const trieFile = join(require.resolve('@cspell/dict-vi-vn/cspell-ext.json'), '..', 'vi.trie.gz');
  const trie = decodeTrie(gunzipSync(readFileSync(trieFile)).toString('utf8'));
  const syllables = new Set<string>();
  const refused = new Set<string>();
  for (const entry of trie.words()) {
    // "~" entries are the package's case- and accent-folded forms, not words.
    if (entry.startsWith('~')) continue;
    const word = entry.normalize('NFC').toLowerCase();
    if (isPossibleSyllable(word) || LOANWORDS.has(word)) syllables.add(word);
    else refused.add(entry);
  }
  for (const syllable of MISSING) syllables.add(syllable);
  return { syllables: [...syllables].sort(), refused: [...refused].sort() };
}

export function syllablesFileText(syllables: string[]): string {
  const version = (JSON.parse(readFileSync(join(createRequire(import.meta.url).resolve('@cspell/dict-vi-vn/cspell-ext.json'), '..', 'package.json'), 'utf8')) as { version: string }).version;
  return `# Vietnamese syllables in use: @cspell/dict-vi-vn ${version} (MIT), filtered by shared/spelling/syllable.ts, with the few it lacks (electron/cli/build-syllables.ts). Written by npm run dictionaries; do not edit.\n${syllables.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const { syllables, refused } = syllablesFromPackage();
  writeFileSync(SYLLABLES_FILE, syllablesFileText(syllables));
  console.log(`${syllables.length} syllables written to ${SYLLABLES_FILE}; ${refused.length} entries refused by the grammar: ${refused.join(' ')}`);
}
