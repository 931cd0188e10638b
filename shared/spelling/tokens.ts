import { syllableKey } from './lexicon';

/** A word of a block as the spelling rules see it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lowercase key for lookups (tone in the newer place). */
  key: string;
  /**
   * vietnamese: a syllable in use; name: a capitalised word the rules refuse (Kbang) or one with an apostrophe
   * (M'gar); foreign: Latin letters that make no Vietnamese syllable (online, Government); other: numbers,
   * abbreviations, the office's words that are no syllable; flagged: a typo, found in the first pass.
   */
  kind: 'vietnamese' | 'name' | 'foreign' | 'other' | 'flagged';
  /** A word the office or the article keeps (its dictionary, the officials' and bodies' names, «Bỏ qua»): never
   * flagged, but a syllable in use still stands beside its neighbours («nông» of a body's name in «nông thôn»). */
  kept?: boolean;
}

/** Links, e-mail addresses and domain names: masked before the words are read. */
const MASKS = /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|gov|edu|int|info)\b\S*/giu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}\p{N}]+)*/gu;

export const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

export function readTokens(text: string): Token[] {
  const masked = text.replace(MASKS, (match) => ' '.repeat(match.length));
  const tokens: Token[] = [];
  for (const match of masked.matchAll(WORD)) {
    // Hyphenated words part by part (kinh tế - xã hội is spaced; Bà Rịa-Vũng Tàu is not).
    let offset = match.index;
    for (const part of match[0].split('-')) {
      tokens.push({ text: part, start: offset, end: offset + part.length, key: syllableKey(part), kind: 'other' });
      offset += part.length + 1;
    }
  }
  return tokens;
}

export function isCapitalised(text: string): boolean {
  const first = text[0];
  return first !== first.toLowerCase();
}

export function isAllCaps(text: string): boolean {
  return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** `replacement` with the capitals of `original`. */
export function likeCase(original: string, replacement: string): string {
  if (isAllCaps(original)) return replacement.toUpperCase();
  return isCapitalised(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/** The Vietnamese word next to a token on one side, when nothing but spaces stands between them. */
export function besideIn(text: string, tokens: Token[]): (index: number, side: -1 | 1) => Token | undefined {
  return (index, side) => {
    const other = tokens[index + side];
    if (!other || other.kind !== 'vietnamese') return undefined;
    const between = side === 1 ? text.slice(tokens[index].end, other.start) : text.slice(other.end, tokens[index].start);
    return /^\s+$/u.test(between) ? other : undefined;
  };
}

/** True when the word at `index` opens a sentence (the text's start, or after . ! ? …) and the next word is in lower case. */
export function opensSentence(text: string, tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || isCapitalised(next.text) || !/^\s+$/u.test(text.slice(tokens[index].end, next.start))) return false;
  // Read back from the word (not the whole text before it: this runs on every check while typing).
  let at = tokens[index].start - 1;
  if (at < 0) return true;
  if (!/\s/u.test(text[at])) return false;
  while (at >= 0 && /\s/u.test(text[at])) at -= 1;
  return at >= 0 && '.!?…'.includes(text[at]);
}
