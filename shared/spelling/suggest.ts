import { foldForSearch } from '../text/normalize';
import { syllableKey, type Lexicon } from './lexicon';
import { splitTone, withTone, type Tone } from './syllable';

const LETTERS = [...'abcdđeghiklmnopqrstuvxyăâêôơư'];
const QUALITY: Record<string, string[]> = { a: ['ă', 'â'], ă: ['a', 'â'], â: ['a', 'ă'], e: ['ê'], ê: ['e'], o: ['ô', 'ơ'], ô: ['o', 'ơ'], ơ: ['o', 'ô'], u: ['ư'], ư: ['u'], d: ['đ'], đ: ['d'] };
/** Onsets that dialects mix up in writing: ch/tr, s/x, d/gi/r, l/n. */
const ONSET_SWAPS: [string, string[]][] = [
  ['ch', ['tr']],
  ['tr', ['ch']],
  ['s', ['x']],
  ['x', ['s']],
  ['gi', ['d', 'r']],
  ['d', ['gi', 'r']],
  ['r', ['d', 'gi']],
  ['l', ['n']],
  ['n', ['l']],
];
const STOP_FINAL = /(c|ch|p|t)$/u;
const MAX_SUGGESTED_LENGTH = 14;

/** Bases near `base`, with the cost of getting there: a vowel's mark or a mixed-up onset costs less than a letter. */
function nearBases(base: string, marksOnly: boolean): Map<string, number> {
  const near = new Map<string, number>([[base, 0]]);
  const add = (candidate: string, cost: number): void => {
    if (candidate && (near.get(candidate) ?? Infinity) > cost) near.set(candidate, cost);
  };
  const letters = [...base];
  letters.forEach((letter, index) => {
    const before = letters.slice(0, index).join('');
    const after = letters.slice(index + 1).join('');
    for (const other of QUALITY[letter] ?? []) {
      add(before + other + after, 0.5);
      // ươ: both vowels take the horn together.
      if (letter === 'o' && other === 'ơ' && letters[index - 1] === 'u') add(`${letters.slice(0, index - 1).join('')}ươ${after}`, 0.5);
    }
    if (marksOnly) return;
    add(before + after, 1);
    if (index + 1 < letters.length) add(before + letters[index + 1] + letter + letters.slice(index + 2).join(''), 1);
    for (const other of LETTERS) {
      add(before + other + after, 1);
      add(before + other + letter + after, 1);
    }
  });
  if (!marksOnly) {
    for (const other of LETTERS) add(base + other, 1);
    for (const [onset, others] of ONSET_SWAPS) {
      if (base.startsWith(onset)) for (const other of others) add(other + base.slice(onset.length), 0.5);
    }
  }
  return near;
}

/** Syllables in use near the letters and tone given (the tone may move, or change where a final allows only two). */
export function nearSyllables(base: string, tone: Tone, lexicon: Lexicon, options: { marksOnly?: boolean; before?: string; after?: string } = {}): string[] {
  const scored = new Map<string, number>();
  for (const [candidate, cost] of nearBases(base, options.marksOnly ?? false)) {
    for (const other of [0, 1, 2, 3, 4, 5] as Tone[]) {
      const toneCost = other === tone ? 0 : STOP_FINAL.test(candidate) && (other === 1 || other === 5) && tone !== 1 && tone !== 5 ? 0.5 : 1;
      const total = cost + toneCost;
      if (total > (options.marksOnly ? 1 : 1.5)) continue;
      const syllable = withTone(candidate, other);
      if (!syllable || !lexicon.hasSyllable(syllable)) continue;
      const key = syllableKey(syllable);
      const makesWord = (options.before && lexicon.isWord(options.before, key)) || (options.after && lexicon.isWord(key, options.after));
      const score = total - (makesWord ? 2 : 0) - (lexicon.inWords.has(key) ? 0.25 : 0);
      if ((scored.get(syllable) ?? Infinity) > score) scored.set(syllable, score);
    }
  }
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'vi'))
    .slice(0, 5)
    .map(([syllable]) => syllable);
}

/**
 * Syllables in use near a word that is none: the tone on the right vowel, the mark a vowel lacks, a letter too
 * many or missing, the tone a final p, t, c, ch allows, an onset mixed up (chách → trách). Those that make a word
 * with a neighbour come first (hiêp hội → hiệp). Two words run together (hộigặp) are split.
 */
export function suggestFor(word: string, lexicon: Lexicon, before?: string, after?: string): string[] {
  // The longest syllable has seven letters (nghiêng), two run together fourteen: past that no suggestion is near,
  // and a pasted run of long garbage must not cost the editor seconds.
  if ([...word].length > MAX_SUGGESTED_LENGTH) return [];
  const memoKey = `suggest|${word}|${before ?? ''}|${after ?? ''}`;
  const known = lexicon.memo.get(memoKey);
  if (known) return known;
  const found = suggestOnce(word, lexicon, before, after);
  lexicon.remember(memoKey, found);
  return found;
}

function suggestOnce(word: string, lexicon: Lexicon, before?: string, after?: string): string[] {
  const split = splitTone(word);
  const found = nearSyllables(split ? split.base : foldForSearch(word), split ? split.tone : 0, lexicon, { before, after }).filter((item) => item !== word);
  for (let at = 2; at <= word.length - 2; at += 1) {
    const [left, right] = [word.slice(0, at), word.slice(at)];
    if (lexicon.hasSyllable(left) && lexicon.hasSyllable(right)) {
      const pair = `${left} ${right}`;
      if (lexicon.isWord(syllableKey(left), syllableKey(right))) found.unshift(pair);
      else found.push(pair);
    }
  }
  return found.slice(0, 5);
}
