/**
 * Vietnamese text typed years ago in the legacy 8-bit encodings, turned into Unicode NFC (and back, for
 * tests and fixtures):
 *
 * - TCVN3 (ABC, TCVN 5712:1993 VN3), the fonts .VnTime, .VnArial, …: one byte per letter. The fonts hold
 *   lowercase letters with their tones and the seven capitals Ă Â Ê Ô Ơ Ư Đ; capitals with a tone are typed in
 *   the capitals fonts (.VnTimeH, .VnArialH, …), which draw the same bytes as capitals.
 * - VNI-Windows, the fonts VNI-Times, VNI-Helve, …: a base letter followed by a byte for the mark.
 *
 * In a .docx or on the clipboard the bytes arrive as the characters Windows shows for them (code page 1252),
 * "Héi nghÞ s¬ kÕt" for "Hội nghị sơ kết".
 */

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const; // none, grave, hook, tilde, acute, dot below

/** TCVN3: the lowercase vowel with its tones in the order none, grave, hook, tilde, acute, dot below → the font's characters. */
const TCVN3_VOWELS: Record<string, string> = {
  a: 'aµ¶·¸¹',
  ă: '¨»¼½¾Æ',
  â: '©ÇÈÉÊË',
  e: 'eÌÎÏÐÑ',
  ê: 'ªÒÓÔÕÖ',
  i: 'i×ØÜÝÞ',
  o: 'oßáâãä',
  ô: '«åæçèé',
  ơ: '¬êëìíî',
  u: 'uïñòóô',
  ư: '­õö÷øù',
  y: 'yúûüýþ',
};
const TCVN3_OTHERS: Record<string, string> = { đ: '®', Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' };

/** VNI: the vowel (lowercase) → its spelling without tone, and the tone marks after it. */
const VNI_BASES: Record<string, string> = { a: 'a', ă: 'aê', â: 'aâ', e: 'e', ê: 'eâ', i: 'i', o: 'o', ô: 'oâ', ơ: 'ô', u: 'u', ư: 'ö', y: 'y' };
/** Tone marks after a plain vowel (and ơ, ư): grave, hook, tilde, acute, dot below. */
const VNI_TONE = ['', 'ø', 'û', 'õ', 'ù', 'ï'];
/** After â, ê, ô the circumflex and the tone are one byte; after ă, the breve and the tone. */
const VNI_CIRCUMFLEX = ['â', 'à', 'å', 'ã', 'á', 'ä'];
const VNI_BREVE = ['ê', 'è', 'ú', 'ü', 'é', 'ë'];
/** i with a tone is one byte; so is ỵ. */
const VNI_I = ['i', 'ì', 'æ', 'ó', 'í', 'ò'];

function withTone(base: string, tone: number): string {
  return (base + TONES[tone]).normalize('NFC');
}

function buildTcvn3(): { toUnicode: Map<string, string>; fromUnicode: Map<string, string> } {
  const toUnicode = new Map<string, string>();
  for (const [vowel, row] of Object.entries(TCVN3_VOWELS)) {
    [...row].forEach((char, tone) => {
      if (char !== vowel) toUnicode.set(char, withTone(vowel, tone));
    });
  }
  for (const [letter, char] of Object.entries(TCVN3_OTHERS)) toUnicode.set(char, letter);
  return { toUnicode, fromUnicode: new Map([...toUnicode].map(([char, letter]) => [letter, char])) };
}

function vniSpelling(vowel: string, tone: number): string {
  if (vowel === 'â' || vowel === 'ê' || vowel === 'ô') return vowel.normalize('NFD')[0] + VNI_CIRCUMFLEX[tone];
  if (vowel === 'ă') return 'a' + VNI_BREVE[tone];
  if (vowel === 'i') return VNI_I[tone];
  if (vowel === 'y' && tone === 5) return 'î';
  return VNI_BASES[vowel] + VNI_TONE[tone];
}

function buildVni(): Map<string, string> {
  const fromUnicode = new Map<string, string>();
  for (const vowel of Object.keys(VNI_BASES)) {
    for (let tone = 0; tone < 6; tone += 1) {
      const letter = withTone(vowel, tone);
      const spelling = vniSpelling(vowel, tone);
      if (spelling !== letter) {
        fromUnicode.set(letter, spelling);
        fromUnicode.set(letter.toUpperCase(), spelling.toUpperCase());
      }
    }
  }
  fromUnicode.set('đ', 'ñ');
  fromUnicode.set('Đ', 'Ñ');
  return fromUnicode;
}

const TCVN3 = buildTcvn3();
const VNI_FROM_UNICODE = buildVni();
/** Longest spellings first, so "aá" (ấ) wins over "a" followed by "á". */
const VNI_TO_UNICODE = new Map([...VNI_FROM_UNICODE].map(([letter, spelling]) => [spelling, letter]));
const VNI_PATTERN = new RegExp([...VNI_TO_UNICODE.keys()].sort((a, b) => b.length - a.length).map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** Every Vietnamese letter, both cases: the 67 vowels with tones and marks, đ, and the plain letters. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const letters = new Set<string>();
  for (const vowel of Object.keys(TCVN3_VOWELS)) for (let tone = 0; tone < 6; tone += 1) letters.add(withTone(vowel, tone));
  letters.add('đ');
  for (const char of 'bcdghklmnpqrstvx') letters.add(char);
  return [...letters].flatMap((letter) => [letter, letter.toUpperCase()]);
})();

const VIETNAMESE = new Set(VIETNAMESE_LETTERS);

/** TCVN3 text into Unicode NFC. `capitals`: the run was in a capitals font (.VnTimeH …), which draws every letter as a capital. */
export function fromTcvn3(text: string, options: { capitals?: boolean } = {}): string {
  let out = '';
  for (const char of text) out += TCVN3.toUnicode.get(char) ?? char;
  return (options.capitals ? out.toLocaleUpperCase('vi') : out).normalize('NFC');
}

/**
 * Unicode into TCVN3, as runs: capitals with a tone exist only in the capitals fonts, so a word that needs
 * one goes into a run marked `capitals` (typed in lowercase codes, drawn as capitals).
 */
export function toTcvn3(text: string): { text: string; capitals: boolean }[] {
  const runs: { text: string; capitals: boolean }[] = [];
  const push = (part: string, capitals: boolean): void => {
    const last = runs.at(-1);
    if (last && last.capitals === capitals) last.text += part;
    else if (part) runs.push({ text: part, capitals });
  };
  for (const word of text.normalize('NFC').split(/(\s+)/)) {
    const needsCapitals = [...word].some((char) => char !== char.toLowerCase() && !TCVN3.fromUnicode.has(char) && TCVN3.fromUnicode.has(char.toLowerCase()));
    const source = needsCapitals ? word.toLowerCase() : word;
    let encoded = '';
    for (const char of source) encoded += TCVN3.fromUnicode.get(char) ?? char;
    push(encoded, needsCapitals);
  }
  return runs;
}

/** VNI-Windows text into Unicode NFC. */
export function fromVni(text: string): string {
  return text.replace(VNI_PATTERN, (spelling) => VNI_TO_UNICODE.get(spelling) ?? spelling).normalize('NFC');
}

export function toVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += VNI_FROM_UNICODE.get(char) ?? char;
  return out;
}

export type LegacyEncoding = 'tcvn3' | 'vni';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONES_GLOBAL = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** The vowel groups a Vietnamese syllable can have, longest first. */
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'iê', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'ươ', 'yê',
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu',
].sort((a, b) => b.length - a.length);
const SYLLABLE = new RegExp(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?(${NUCLEI.join('|')})(ch|ng|nh|c|m|n|p|t)?$`);

/** Whether a word (letters only) has the shape of a Vietnamese syllable: onset, vowel group, final. */
function isSyllable(word: string): boolean {
  return SYLLABLE.test(word.toLowerCase().normalize('NFD').replace(TONES_GLOBAL, '').normalize('NFC'));
}

/**
 * How Vietnamese a text reads, word by word, over the words with letters beyond ASCII: good when it has
 * the shape of a Vietnamese syllable with one tone at most; bad with two tones ("ẹoàng") or a sign no
 * Vietnamese word has ("nghÞ"); neither otherwise (an abbreviation, a name). `score` is good less twice bad.
 */
export function vietnameseScore(text: string): { good: number; bad: number; score: number } {
  let good = 0;
  let bad = 0;
  for (const word of text.normalize('NFC').split(/[\s,.;:!?()"“”'‘’\-–—/…\d]+/)) {
    if (![...word].some((char) => char.charCodeAt(0) >= 0x80)) continue;
    let tones = 0;
    let foreign = false;
    for (const char of word) {
      if (char.charCodeAt(0) < 0x80) continue;
      if (!VIETNAMESE.has(char)) foreign = true;
      else if (TONE_MARKS.test(char.normalize('NFD'))) tones += 1;
    }
    if (foreign || tones > 1) bad += 1;
    else if (isSyllable(word)) good += 1;
  }
  return { good, bad, score: good - 2 * bad };
}

/**
 * Whether a text is garbled TCVN3 or VNI ("Héi nghÞ s¬ kÕt"), and which: text already in Unicode reads as
 * Vietnamese as it is; garbled text has words no Vietnamese could write, and reads well once converted.
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  const asIs = vietnameseScore(text);
  if (asIs.bad === 0) return null;
  // Letters beyond Latin-1 (ư, ơ, đ, ạ…) cannot come out of a legacy font: outnumbering the bad words, the text is Unicode with a stray sign or two.
  let beyondLatin1 = 0;
  for (const char of text) if ((char.codePointAt(0) ?? 0) > 0xff && VIETNAMESE.has(char)) beyondLatin1 += 1;
  if (beyondLatin1 > asIs.bad) return null;
  const candidates = (['tcvn3', 'vni'] as const).map((encoding) => ({ encoding, ...vietnameseScore(encoding === 'tcvn3' ? fromTcvn3(text) : fromVni(text)) }));
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  // Converting must leave far fewer bad words than it found, and read better.
  return best.score > asIs.score && best.bad * 4 <= asIs.bad ? best.encoding : null;
}

export function fromLegacy(text: string, encoding: LegacyEncoding, options: { capitals?: boolean } = {}): string {
  return encoding === 'tcvn3' ? fromTcvn3(text, options) : fromVni(text);
}

/** The legacy encoding a font name says: .VnTime, .VnArialH (capitals) → TCVN3; VNI-Times, VNI-Helve → VNI. */
export function encodingOfFont(font: string | null | undefined): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.?vn[a-z0-9]/i.test(name) && !/^vni/i.test(name)) return { encoding: 'tcvn3', capitals: /h$/i.test(name.replace(/\s+/g, '')) };
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}
