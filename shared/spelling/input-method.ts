import { withTone, type Tone } from './syllable';

/**
 * Keys of an input method left in the text when it was off or set wrong: Telex («thoong» for thông, «ddaij» for
 * đại, «baos» for báo) and VNI («hoa5t» for hoạt, «d9a5i» for đại). Given a word as typed, the syllable it was
 * meant to be, or null when the keys do not make one.
 */

const TELEX_TONES: Record<string, Tone> = { s: 1, f: 2, r: 3, x: 4, j: 5 };
const VNI_TONES: Record<string, Tone> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const BREVE_OR_HORN: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' };
const VOWEL = /[aăâeêioôơuưy]/u;

interface Keys {
  tone: (key: string) => Tone | undefined;
  /** Applies a modifier key to the letters so far: true when it was one. */
  modify: (letters: string[], key: string) => boolean;
}

function lastIndexOf(letters: string[], wanted: (letter: string) => boolean): number {
  for (let index = letters.length - 1; index >= 0; index -= 1) if (wanted(letters[index])) return index;
  return -1;
}

const telex: Keys = {
  tone: (key) => TELEX_TONES[key],
  modify(letters, key) {
    const last = letters.length - 1;
    if (key === 'd' && letters[last] === 'd') {
      letters[last] = 'đ';
      return true;
    }
    if (key in CIRCUMFLEX) {
      // aa, ee, oo: the vowel typed twice, maybe with a final between (vieet, vieejt).
      const at = lastIndexOf(letters, (letter) => VOWEL.test(letter));
      if (at >= 0 && letters[at] === key && letters.slice(at + 1).every((letter) => !VOWEL.test(letter))) {
        letters[at] = CIRCUMFLEX[key];
        return true;
      }
      return false;
    }
    if (key === 'w') {
      const at = lastIndexOf(letters, (letter) => letter in BREVE_OR_HORN);
      if (at < 0) {
        letters.push('ư');
        return true;
      }
      letters[at] = BREVE_OR_HORN[letters[at]];
      // uow: both take the horn (ươ).
      if (letters[at] === 'ơ' && letters[at - 1] === 'u') letters[at - 1] = 'ư';
      return true;
    }
    return false;
  },
};

const vni: Keys = {
  tone: (key) => VNI_TONES[key],
  modify(letters, key) {
    const find = (set: string): number => lastIndexOf(letters, (letter) => set.includes(letter));
    if (key === '9') {
      const at = find('d');
      if (at < 0) return false;
      letters[at] = 'đ';
      return true;
    }
    if (key === '6') {
      const at = find('aeo');
      if (at < 0) return false;
      letters[at] = CIRCUMFLEX[letters[at]];
      return true;
    }
    if (key === '7') {
      const at = find('ou');
      if (at < 0) return false;
      letters[at] = BREVE_OR_HORN[letters[at]];
      if (letters[at] === 'ơ' && letters[at - 1] === 'u') letters[at - 1] = 'ư';
      return true;
    }
    if (key === '8') {
      const at = find('a');
      if (at < 0) return false;
      letters[at] = 'ă';
      return true;
    }
    return false;
  },
};

/** What the keys typed: letters and a tone, before the tone is placed (which may fail). */
export interface Typed {
  letters: string;
  tone: Tone;
}

function decode(word: string, keys: Keys): Typed | null {
  const letters: string[] = [];
  let tone: Tone = 0;
  let used = false;
  for (const key of word) {
    // A tone key only after a vowel: s, r and x are also onsets (sáng, rà, xã).
    const toneKey = keys.tone(key);
    if (toneKey !== undefined && letters.some((letter) => VOWEL.test(letter))) {
      // Two tone keys (tests, chairs): an input method would have undone the first; a foreign word, not a leftover.
      if (tone !== 0) return null;
      tone = toneKey;
      used = true;
      continue;
    }
    if (keys.modify(letters, key)) {
      used = true;
      continue;
    }
    if (!/[a-zđăâêôơư]/u.test(key)) return null;
    letters.push(key);
  }
  return used ? { letters: letters.join(''), tone } : null;
}

/** Telex keys in a word (lowercase; letters that already carry a vowel mark may be among them: phôs). */
export function typedInTelex(word: string): Typed | null {
  return /^[a-zđăâêôơư]+$/u.test(word) ? decode(word, telex) : null;
}

/** VNI keys in a word (lowercase letters and the digits 1–9; as in Telex, letters that already carry a vowel mark may be among them: vô1n). */
export function typedInVni(word: string): Typed | null {
  return /^[a-zđăâêôơư]+[1-9][a-zđăâêôơư1-9]*$/u.test(word) ? decode(word, vni) : null;
}

/** The syllable a Telex leftover was meant to be, with the tone placed, or null. */
export function fromTelex(word: string): string | null {
  const typed = typedInTelex(word);
  return typed && withTone(typed.letters, typed.tone);
}

/** The syllable a VNI leftover was meant to be, with the tone placed, or null. */
export function fromVni(word: string): string | null {
  const typed = typedInVni(word);
  return typed && withTone(typed.letters, typed.tone);
}
