import { toToneStyle } from './tone';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** A word compared without regard to case or tone placement: "Uỷ" and "ủy" are one key. */
export function wordKey(word: string): string {
  return toToneStyle(word.toLowerCase(), 'old');
}

/** Keys of a phrase, for comparing titles and names written in either tone style. */
export function phraseKey(phrase: string): string {
  return wordsOf(phrase)
    .map((word) => wordKey(word.text))
    .join(' ');
}
