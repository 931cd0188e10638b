import { splitTone } from './syllable';

const PLAIN: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

/**
 * True when `candidate` is `word` with marks it lacks: a vowel's mark or the bar of đ, and a tone where it had
 * none (dai → đại, sô → số, chát → chất). Never a different letter or a different tone.
 */
export function hasMoreMarks(candidate: string, word: string): boolean {
  const wanted = splitTone(candidate);
  const written = splitTone(word);
  if (!wanted || !written || candidate === word || wanted.base.length !== written.base.length) return false;
  if (written.tone !== 0 && written.tone !== wanted.tone) return false;
  let added = written.tone === 0 && wanted.tone !== 0;
  for (let index = 0; index < wanted.base.length; index += 1) {
    const [full, plain] = [wanted.base[index], written.base[index]];
    if (full === plain) continue;
    if (PLAIN[full] !== plain) return false;
    added = true;
  }
  return added;
}

/** True when the two differ in their tone only (giã, giả). */
export function differsInToneOnly(a: string, b: string): boolean {
  const first = splitTone(a);
  const second = splitTone(b);
  return Boolean(first && second && first.base === second.base && first.tone !== second.tone);
}
