import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInLexicon, defaultConfusions } from '../../../electron/services/style-defaults';
import { checkSpelling } from '../../../shared/spelling/check';
import { indexConfusions } from '../../../shared/spelling/lexicon';
import { readSet, type SentenceSet } from '../shared/spelling-sets';

/**
 * LibreOffice's Vietnamese dictionary (Debian's hunspell-vi), which offices use today, next to ours on the
 * project's own sentences (tests/fixtures/spelling). Runs where `hunspell` and `vi_VN` are installed (.ci/run
 * installs them); says it was skipped elsewhere.
 */
const hasVietnamese = spawnSync('hunspell', ['-v'], { encoding: 'utf8' }).status === 0 && existsSync('/usr/share/hunspell/vi_VN.dic');
if (!hasVietnamese) console.log('[hunspell] SKIPPED: hunspell with the vi_VN dictionary is not installed here (apt-get install hunspell hunspell-vi).');

/** The words hunspell flags in each line (its pipe mode answers line by line, an empty line after each). */
function hunspellFlags(lines: string[]): string[][] {
  // "^" keeps a line from being read as a command; lines are checked as they are.
  const result = spawnSync('hunspell', ['-d', 'vi_VN', '-a'], { input: lines.map((line) => `^${line}`).join('\n') + '\n', encoding: 'utf8' });
  const answers = result.stdout.split('\n').slice(1);
  const flags: string[][] = [];
  let current: string[] = [];
  for (const answer of answers) {
    if (answer === '') {
      flags.push(current);
      current = [];
    } else if (answer.startsWith('&') || answer.startsWith('#')) current.push(answer.split(' ')[1]);
  }
  return flags.slice(0, lines.length);
}

const context = { lexicon: builtInLexicon(), confusions: indexConfusions(defaultConfusions()), allowed: new Set<string>() };

function score(set: SentenceSet) {
  const { typos, clean } = readSet(set);
  const typoLines = typos.map(({ sentence, wrong }) => [sentence, wrong]);
  const hunspellTypos = hunspellFlags(typoLines.map(([sentence]) => sentence));
  const hunspellClean = hunspellFlags(clean);
  const hits = (flagged: string[], wrong: string): boolean => flagged.some((word) => wrong.split(' ').includes(word));
  const ours = {
    found: typoLines.filter(([sentence, wrong]) => checkSpelling(sentence.normalize('NFC'), context).some((item) => item.text.includes(wrong) || wrong.includes(item.text))).length,
    silent: clean.filter((sentence) => checkSpelling(sentence.normalize('NFC'), context).length === 0).length,
  };
  const theirs = {
    found: typoLines.filter(([, wrong], index) => hits(hunspellTypos[index] ?? [], wrong)).length,
    silent: hunspellClean.filter((flagged) => flagged.length === 0).length,
  };
  const percent = (count: number, of: number): string => `${((100 * count) / of).toFixed(1)} %`;
  console.log(
    `[hunspell] ${set} sentences (${typoLines.length} with a typo, ${clean.length} clean):\n` +
      `  typos found      Tòa soạn ${percent(ours.found, typoLines.length)}   hunspell-vi ${percent(theirs.found, typoLines.length)}\n` +
      `  clean and silent Tòa soạn ${percent(ours.silent, clean.length)}   hunspell-vi ${percent(theirs.silent, clean.length)}\n` +
      `  hunspell-vi's words on clean sentences: ${[...new Set(hunspellClean.flat())].slice(0, 25).join(', ')}`,
  );
  return { ours, theirs };
}

describe.skipIf(!hasVietnamese)('our spelling next to hunspell-vi', () => {
  it('on the sentences the rules were written with', () => {
    const { ours, theirs } = score('dev');
    expect(ours.found).toBeGreaterThan(theirs.found);
    expect(ours.silent).toBeGreaterThan(theirs.silent);
  });

  it('on the held-out sentences', () => {
    const { ours, theirs } = score('held-out');
    expect(ours.found).toBeGreaterThanOrEqual(theirs.found);
    expect(ours.silent).toBeGreaterThan(theirs.silent);
  });
});
