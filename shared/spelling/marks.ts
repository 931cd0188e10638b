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

/** Onsets written alike where they are spoken alike (ch/tr, s/x, d/gi/r, l/n). */
const ONSETS_ALIKE = [['ch', 'tr'], ['s', 'x'], ['d', 'gi', 'r'], ['l', 'n']];
/** Finals written alike where they are spoken alike (c/t, n/ng; in the South t/ch and n/nh too: kịch, kịt). */
const FINALS_ALIKE = [['c', 't'], ['n', 'ng'], ['t', 'ch'], ['n', 'nh']];

function swapsWithin(groups: string[][], a: string, b: string, at: 'start' | 'end'): boolean {
  for (const group of groups) {
    for (const first of group) {
      for (const second of group) {
        if (first === second) continue;
        if (at === 'start' ? a.startsWith(first) && b.startsWith(second) && a.slice(first.length) === b.slice(second.length) : a.endsWith(first) && b.endsWith(second) && a.slice(0, -first.length) === b.slice(0, -second.length)) return true;
      }
    }
  }
  return false;
}

/** One tone hỏi (3), the other ngã (4). */
function hoiAndNga(a: number, b: number): boolean {
  return (a === 3 && b === 4) || (a === 4 && b === 3);
}

/** True when the two are the same letters, one with hỏi and the other with ngã (sẻ, sẽ). */
export function differsInHoiNga(a: string, b: string): boolean {
  const first = splitTone(a);
  const second = splitTone(b);
  return Boolean(first && second && first.base === second.base && hoiAndNga(first.tone, second.tone));
}

/**
 * True when the two are syllables that writing by ear mixes up: the hỏi and ngã tones (lủ, lũ), an onset or a
 * final spoken alike in some regions (xuất, suất; chồng, trồng; vược, vượt), or an onset with hỏi/ngã (dổ, giỗ);
 * the rest the same.
 */
export function writtenByEar(candidate: string, written: string): boolean {
  const a = splitTone(candidate);
  const b = splitTone(written);
  if (!a || !b || candidate === written) return false;
  const hoiNga = hoiAndNga(a.tone, b.tone);
  if (a.base === b.base) return hoiNga;
  // The onset and the hỏi/ngã together too (dổ, giỗ); the letters are compared without the tone.
  if (a.tone !== b.tone && !hoiNga) return false;
  return swapsWithin(ONSETS_ALIKE, a.base, b.base, 'start') || swapsWithin(FINALS_ALIKE, a.base, b.base, 'end');
}

/** True when the two differ in a vowel's mark only, with the same tone (đọng, động; tâm, tăm). */
export function differsInVowelMark(candidate: string, written: string): boolean {
  const a = splitTone(candidate);
  const b = splitTone(written);
  if (!a || !b || a.tone !== b.tone || a.base === b.base || a.base.length !== b.base.length) return false;
  for (let index = 0; index < a.base.length; index += 1) {
    const [x, y] = [a.base[index], b.base[index]];
    // The vowels' marks only (PLAIN above), not the bar of đ.
    if (x !== y && (x === 'đ' || y === 'đ' || (PLAIN[x] ?? x) !== (PLAIN[y] ?? y))) return false;
  }
  return true;
}
