import { foldForSearch } from '../text/normalize';
import { toToneStyle } from '../style/tone';
import { rememberedBy } from '../text/memo';

/** One real-word confusion: each syllable exists, the word does not («năng xuất» for năng suất). */
export interface Confusion {
  wrong: string;
  right: string;
}

/** The spelling lists shipped with the app (resources/dictionaries), as text. */
/** How many of the frequent list's first words count as the commonest (the list is in order of use). */
const COMMONEST = 20;

export interface SpellingSources {
  /** The syllables in use, one per line (lines starting with # are comments). */
  syllables: string;
  /** Words of two or more syllables, one per line. */
  words: string;
  /** The most frequent words of one syllable (của, với, trong), one per line. */
  frequent: string;
}

/** The office's confusions, indexed by the key of their first syllable. */
export type ConfusionIndex = Map<string, { wrong: string[]; right: string }[]>;

export function indexConfusions(confusions: Confusion[]): ConfusionIndex {
  const index: ConfusionIndex = new Map();
  for (const confusion of confusions) {
    const wrong = phraseKeyOf(confusion.wrong).split(' ');
    if (!wrong[0]) continue;
    index.set(wrong[0], [...(index.get(wrong[0]) ?? []), { wrong, right: confusion.right.normalize('NFC') }]);
  }
  return index;
}

const MEMO_LIMIT = 50_000;

/** A syllable as looked up: lowercase, composed, tone in the newer place (hoà, thuỷ) as the list has it. */
export const syllableKey: (syllable: string) => string = rememberedBy((syllable) => toToneStyle(syllable.normalize('NFC').toLowerCase(), 'new'), MEMO_LIMIT);

/** A phrase as looked up: its syllables' keys, single spaces. */
export function phraseKeyOf(phrase: string): string {
  return phrase
    .normalize('NFC')
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map(syllableKey)
    .join(' ');
}

/** The entries of a shipped list file: one a line, blank lines and `#` comments left out. */
export function listLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The shipped spelling lists ready for lookups: built once, shared by every checker. */
export class Lexicon {
  readonly syllables: Set<string>;
  readonly words = new Set<string>();
  /** The words of exactly two syllables. */
  private readonly pairWords = new Set<string>();
  /** Each syllable → the two-syllable words (keys) it is part of (words of two syllables only: the pairs inside a
   * longer one may cross its parts, as «nghị cử» in «kiến nghị cử tri»). */
  readonly pairsWith = new Map<string, string[]>();
  /** The same, with the pairs inside longer words too («chấp hành» in «ban chấp hành»): for marks lost only. */
  readonly pairsWithInside = new Map<string, string[]>();
  /** The most frequent words of one syllable (của, với, trong): never taken for another's typo. */
  readonly singles = new Set<string>();
  /** The first of them, in the list's order (của, và, các…): the words a plain syllable may have lost its marks from. */
  readonly commonest = new Set<string>();
  /** A syllable without its marks → the syllables in use that fold to it (tren → trên, trễn). */
  readonly byFold = new Map<string, string[]>();
  /** Every syllable that is a word of the list or part of one. */
  readonly inWords = new Set<string>();
  /** Folded form of each two-syllable word («dai bieu») → the words it folds from. */
  readonly folded = new Map<string, string[]>();

  constructor(sources: SpellingSources) {
    this.syllables = new Set(listLines(sources.syllables).map(syllableKey));
    for (const word of listLines(sources.words)) this.addWord(word);
    for (const word of listLines(sources.frequent)) {
      const key = syllableKey(word);
      if (this.singles.size < COMMONEST) this.commonest.add(key);
      this.singles.add(key);
      this.inWords.add(key);
      this.syllables.add(key);
    }
    for (const syllable of this.syllables) {
      const fold = foldForSearch(syllable);
      this.byFold.set(fold, [...(this.byFold.get(fold) ?? []), syllable]);
    }
  }

  private addWord(word: string): void {
    const key = phraseKeyOf(word);
    if (!key) return;
    this.words.add(key);
    const parts = key.split(' ');
    if (parts.length === 2) this.pairWords.add(key);
    // Pairs inside longer words count too: «ban chấp hành» gives «chấp hành».
    for (let index = 0; index + 1 < parts.length; index += 1) {
      const pair = `${parts[index]} ${parts[index + 1]}`;
      this.words.add(pair);
      for (const part of [parts[index], parts[index + 1]]) {
        for (const map of parts.length === 2 ? [this.pairsWith, this.pairsWithInside] : [this.pairsWithInside]) {
          const list = map.get(part) ?? [];
          if (!list.includes(pair)) map.set(part, [...list, pair]);
        }
      }
      const fold = foldForSearch(pair);
      const known = this.folded.get(fold) ?? [];
      if (!known.includes(pair)) this.folded.set(fold, [...known, pair]);
    }
    for (const part of parts) {
      this.syllables.add(part);
      this.inWords.add(part);
    }
  }

  /** Answers of the rules that depend on the lists only, remembered (bounded). */
  readonly memo = new Map<string, string[]>();

  remember(key: string, value: string[]): void {
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, value);
  }

  hasSyllable(syllable: string): boolean {
    return this.syllables.has(syllableKey(syllable));
  }

  /** True when the two syllables (keys) are a word of two syllables of the list (not a pair inside a longer one). */
  isPairWord(first: string, second: string): boolean {
    return this.pairWords.has(`${first} ${second}`);
  }

  /** True when the two syllables (keys) make a word of the list. */
  isWord(first: string, second: string): boolean {
    return this.words.has(`${first} ${second}`);
  }
}
