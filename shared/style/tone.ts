import { rememberedBy } from '../text/memo';

/**
 * Where the tone mark sits in the open syllables -oa, -oe, -uy: "hòa, khỏe, thủy, Ủy" (the older
 * style, on the first vowel) or "hoà, khoẻ, thuỷ, Uỷ" (the newer style, on the second). Both are
 * correct Vietnamese; an article should use one. Syllables with a final consonant (hoàn, thuyết) and
 * "qu-" syllables (quý) have one spelling only and are left alone.
 */
export type ToneStyle = 'old' | 'new';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONE_MARKS_GLOBAL = /[\u0300\u0301\u0303\u0309\u0323]/g;

export interface ToneSyllable {
  readonly style: ToneStyle;
  /** The same syllable written in the other style. */
  readonly other: string;
}

/** Answers for words already seen: every word of an article is asked about on every check (bounded, and only
 * words as short as a syllable, so a pasted run of letters is not kept). */
const seen = rememberedBy((word) => styleOf(word), 20_000);
const SEEN_LENGTH = 12;

/** The style of one syllable, or null when it has a single spelling. */
export function toneStyleOf(word: string): ToneSyllable | null {
  return word.length > SEEN_LENGTH ? styleOf(word) : seen(word);
}

function styleOf(word: string): ToneSyllable | null {
  const decomposed = word.normalize('NFD');
  const letters = decomposed.replace(TONE_MARKS_GLOBAL, '');
  const lower = letters.toLowerCase();
  const match = /^([^aeiouy]*?)(o[ae]|uy)$/u.exec(lower.replace(/[\u0302\u0306\u031b]/g, '§'));
  if (!match || lower.includes('§') || lower.startsWith('qu')) return null;
  const tone = TONE_MARKS.exec(decomposed);
  if (!tone) return null;
  // Index (among base letters) of the vowel that carries the tone.
  let base = -1;
  let toneOn = -1;
  for (const char of decomposed) {
    if (TONE_MARKS.test(char)) {
      toneOn = base;
      continue;
    }
    if (!/\p{M}/u.test(char)) base += 1;
  }
  const firstVowel = letters.length - 2;
  const secondVowel = letters.length - 1;
  if (toneOn !== firstVowel && toneOn !== secondVowel) return null;
  const style: ToneStyle = toneOn === firstVowel ? 'old' : 'new';
  const target = style === 'old' ? secondVowel : firstVowel;
  const chars = [...letters];
  chars[target] = `${chars[target]}${tone[0]}`;
  return { style, other: chars.join('').normalize('NFC') };
}

/** The syllable in the requested style (unchanged if it has a single spelling or already is). */
export function toToneStyle(word: string, style: ToneStyle): string {
  const syllable = toneStyleOf(word);
  return syllable && syllable.style !== style ? syllable.other : word;
}
