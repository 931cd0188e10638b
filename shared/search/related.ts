import { foldForSearch } from '../text/normalize';

/**
 * Words that say nothing about which event a title is about (folded): joining words, and the words every report
 * title has. A year is left out too: last year's report of the same programme has another one.
 */
const PLAIN_WORDS = new Set([
  'cua', 'va', 'tai', 'cac', 'nhung', 've', 'voi', 'cho', 'trong', 'duoc', 'da', 'la', 'co', 'nam', 'giai', 'doan',
  'nhiem', 'vu', 'ket', 'qua', 'thuc', 'hien', 'trien', 'khai', 'to', 'chuc', 'dong', 'chi', 'mot', 'so', 'theo', 'nay',
  'den', 'tu', 'tren', 'dia', 'ban', 'tinh',
]);

/** Of a title, the words worth comparing with other titles (folded, each once, in order). */
export function relatedTerms(title: string): string[] {
  const words = foldForSearch(title)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2 || /^\d$/.test(word))
    .filter((word) => !PLAIN_WORDS.has(word) && !/^(19|20)\d\d$/.test(word));
  // «sơ kết» is a word of the kind as well as two syllables: «so» and «ket» alone are too common, kept only when nothing else is.
  const kept = [...new Set(words)];
  return kept.length > 0 ? kept : [...new Set(foldForSearch(title).split(/[^a-z0-9]+/).filter((word) => word.length >= 2))];
}

/** How a sentence naming those present begins, in the reports the office writes (folded). */
const PRESENT_START = /(cung du (?:co|hoi nghi|ky hop|buoi)|tham du (?:co|hoi nghi|ky hop|buoi|le)|du (?:hoi nghi|ky hop|buoi [a-z ]{0,30}?|le [a-z ]{0,30}?) co)\b/;

/**
 * The list of those present in a report («Cùng dự có các đồng chí: …», «Tham dự Hội nghị có …»): the sentence from
 * those words to its end, as written. Null when the text has none. A full stop inside a title («TP. Huế») does not
 * end it: only a full stop followed by a space and a capital that starts a new sentence, or the paragraph's end.
 */
export function presentList(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const flat = paragraph.normalize('NFC').replace(/\s+/g, ' ').trim();
    // Folding keeps one letter per letter of Vietnamese text (marks dropped, đ → d), so an offset in one is one in the other.
    const folded = foldForSearch(flat);
    if (folded.length !== flat.length) continue;
    const start = PRESENT_START.exec(folded);
    if (!start) continue;
    const rest = flat.slice(start.index);
    let end = rest.length;
    for (const stop of rest.matchAll(/\.(?=\s+\p{Lu})/gu)) {
      const before = /[\p{L}\d]+$/u.exec(rest.slice(0, stop.index))?.[0] ?? '';
      // «TP. Huế», «Q. 1»: an abbreviation in capitals is not the end of the sentence.
      if (/^\p{Lu}+$/u.test(before) && before.length <= 3) continue;
      end = stop.index + 1;
      break;
    }
    const sentence = rest.slice(0, end).trim();
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  return null;
}
