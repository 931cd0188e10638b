import { readFileSync } from 'node:fs';
import type { Finding } from '../../../shared/style/types';
import { phraseKeyOf } from '../../../shared/spelling/lexicon';

/** The sets of sentences in tests/fixtures/spelling (see its README). */
export type SentenceSet = 'dev' | 'dev-2' | 'dev-3' | 'dev-4' | 'dev-5' | 'dev-6' | 'dev-7' | 'dev-8' | 'dev-9' | 'dev-10' | 'dev-11' | 'dev-12' | 'dev-13' | 'dev-14' | 'dev-15' | 'held-out';

export interface TypoLine {
  sentence: string;
  wrong: string;
  right: string;
}

export function readSet(set: SentenceSet): { typos: TypoLine[]; clean: string[] } {
  const lines = (file: string): string[] => readFileSync(`tests/fixtures/spelling/${file}`, 'utf8').normalize('NFC').trim().split('\n');
  const typos = lines(`${set}-typos.tsv`).map((line) => {
    const [sentence, wrong, right] = line.split('\t');
    return { sentence, wrong, right };
  });
  return { typos, clean: lines(`${set}-clean.txt`) };
}

/**
 * True when one finding over the typo, taken with one of its suggestions, gives the sentence as it should be: a
 * finding may cover the typo with its neighbour («sử lý» → «xử lý») or the typo alone («lủ» → «lũ»).
 */
export function fixedBy({ sentence, wrong, right }: TypoLine, findings: Finding[]): boolean {
  const at = typoAt({ sentence, wrong, right })[0];
  const meant = phraseKeyOf(sentence.slice(0, at) + right + sentence.slice(at + wrong.length));
  return findings.some(
    (finding) =>
      finding.start < at + wrong.length &&
      at < finding.end &&
      [finding.suggestion, ...(finding.alternatives ?? [])].some(
        (suggestion) => typeof suggestion === 'string' && phraseKeyOf(sentence.slice(0, finding.start) + suggestion + sentence.slice(finding.end)) === meant,
      ),
  );
}

/** Where the mistyped words stand in the sentence, as whole words (a line must name them once: «thông» in «giao
 * thông … nông thông» is written «nông thông»). */
export function typoAt({ sentence, wrong }: TypoLine): number[] {
  const escaped = wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'gu'))].map((match) => match.index);
}
