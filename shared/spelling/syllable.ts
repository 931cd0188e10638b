import { rememberedBy } from '../text/memo';

/**
 * The Vietnamese syllable, from the rules of the language: an onset (b, ch, gh, ngh, qu, gi…), a rhyme (medial,
 * vowel nucleus, final) and one of six tones, with the spelling rules that go with them — k, gh and ngh before
 * i, e, ê (and c, g, ng elsewhere); a final p, t, c or ch takes only the sắc or nặng tone; the tone mark sits on
 * one vowel of the rhyme (two places allowed for -oa, -oe, -uy, the old and the new style).
 *
 * This decides what *can* be a syllable. Which syllables are actually in use is a list (spelling/data.ts); a
 * syllable the rules refuse is either a typo or, capitalised, a name from a minority language (Kbang, M'gar).
 */

/** ngang, sắc, huyền, hỏi, ngã, nặng */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_MARKS = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
const TONE_OF_MARK = new Map<string, Tone>([
  ['\u0301', 1],
  ['\u0300', 2],
  ['\u0309', 3],
  ['\u0303', 4],
  ['\u0323', 5],
]);

const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Rhymes as written after any onset but qu (and gi, which takes the same ones). */
const RHYMES = new Set(
  words(`
    a ac ach ai am an ang anh ao ap at au ay
    ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây
    e ec em en eng eo ep et
    ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    y yêm yên yêng yêt yêu
    o oc oi om on ong op ot oong ooc
    ô ôc ôi ôm ôn ông ôp ôt
    ơ ơi ơm ơn ơp ơt
    u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôp uôt
    ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
    oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet
    uân uâng uât uây uê uêch uênh uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt
  `),
);

/** After qu, whose u is the medial: qua, quăng, quân, que, quê, quy, quyết, quở. */
const QU_RHYMES = new Set(words('a ac ach ai an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc ân âng ât ây e en eo et ê ên ênh êch êt êu it ôc y ynh ych yt yu yên yêt ơ'));

const FRONT = /^[ieêy]/u;
const STOP_FINAL = /(c|ch|p|t)$/u;
const VOWELS = 'aăâeêioôơuưy';
const MARKED = 'ăâêôơư';

export interface ParsedSyllable {
  onset: string;
  rhyme: string;
  tone: Tone;
  /** The syllable without its tone mark (NFC). */
  base: string;
}

type Split = { base: string; tone: Tone; toneAt: number } | null;

/** Splits the tone from the letters: null when there is more than one tone mark or one on a consonant. */
export const splitTone: (word: string) => Split = rememberedBy((word) => splitToneOnce(word), 50_000);

function splitToneOnce(word: string): Split {
  let tone: Tone = 0;
  let toneAt = -1;
  let index = -1;
  let base = '';
  for (const char of word.normalize('NFD')) {
    const mark = TONE_OF_MARK.get(char);
    if (mark !== undefined) {
      if (tone !== 0 || index < 0) return null;
      tone = mark;
      toneAt = index;
      continue;
    }
    if (!/\p{M}/u.test(char)) index += 1;
    base += char;
  }
  const letters = base.normalize('NFC');
  if (toneAt >= 0 && !VOWELS.includes([...letters][toneAt]?.toLowerCase() ?? '')) return null;
  return { base: letters, tone, toneAt };
}

/** Onset and rhyme of a toneless lowercase syllable, by the spelling rules; null when there is none. */
function onsetAndRhyme(base: string): { onset: string; rhyme: string } | null {
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    let rhyme = base.slice(onset.length);
    if (onset === 'gi') {
      // gì, gìn, giếng: the i of gi- is also the rhyme's when the rest has no vowel of its own or starts with ê.
      if (rhyme === '' || !VOWELS.includes(rhyme[0]) || rhyme.startsWith('ê')) rhyme = `i${rhyme}`;
      if (RHYMES.has(rhyme) && !rhyme.startsWith('y')) return { onset, rhyme };
      continue;
    }
    if (onset === 'qu') {
      if (QU_RHYMES.has(rhyme)) return { onset, rhyme };
      continue;
    }
    if (!RHYMES.has(rhyme)) continue;
    const front = FRONT.test(rhyme);
    // k, gh, ngh before i e ê (y); c, g, ng never there.
    if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) continue;
    if ((onset === 'c' || onset === 'g' || onset === 'ng') && front) continue;
    // yê- only with no onset or after the medial u (uyên); y alone after an onset is the i of ký, lý, mỹ.
    if (onset !== '' && /^y[êe]/u.test(rhyme)) continue;
    return { onset, rhyme };
  }
  return null;
}

/** Where the tone mark goes among the base letters: the allowed positions (two for -oa, -oe, -uy). */
export function tonePositions(base: string, onset: string, rhyme: string): number[] {
  const start = base.length - rhyme.length;
  const letters = [...rhyme];
  const vowelIndexes = letters.map((char, index) => (VOWELS.includes(char) ? index : -1)).filter((index) => index >= 0);
  if (vowelIndexes.length === 0) return [];
  const marked = vowelIndexes.filter((index) => MARKED.includes(letters[index]));
  const hasFinal = vowelIndexes[vowelIndexes.length - 1] < letters.length - 1;
  let positions: number[];
  if (marked.length > 0) positions = [marked[marked.length - 1]];
  else if (hasFinal) positions = [vowelIndexes[vowelIndexes.length - 1]];
  else if (vowelIndexes.length === 3) positions = [vowelIndexes[1]];
  else if (onset !== 'qu' && /^(oa|oe|uy)$/u.test(rhyme)) positions = [vowelIndexes[0], vowelIndexes[1]];
  else positions = [vowelIndexes[0]];
  return positions.map((index) => start + index);
}

/** The syllable's parts, or null when the rules of the language refuse it (lowercase input). */
export function parseSyllable(word: string): ParsedSyllable | null {
  const split = splitTone(word);
  if (!split || split.base.length === 0) return null;
  const parts = onsetAndRhyme(split.base);
  if (!parts) return null;
  if (STOP_FINAL.test(parts.rhyme) && split.tone !== 1 && split.tone !== 5) return null;
  if (split.tone !== 0 && !tonePositions(split.base, parts.onset, parts.rhyme).includes(split.toneAt)) return null;
  return { ...parts, tone: split.tone, base: split.base };
}

/** True when the letters can be one Vietnamese syllable (lowercase). */
export function isPossibleSyllable(word: string): boolean {
  return parseSyllable(word) !== null;
}

/** The base letters with `tone` on its vowel (the newer style where there are two places): null if none. */
export function withTone(base: string, tone: Tone, style: 'old' | 'new' = 'new'): string | null {
  const parts = onsetAndRhyme(base);
  if (!parts) return null;
  if (tone === 0) return base;
  if (STOP_FINAL.test(parts.rhyme) && tone !== 1 && tone !== 5) return null;
  const positions = tonePositions(base, parts.onset, parts.rhyme);
  if (positions.length === 0) return null;
  const at = style === 'old' ? positions[0] : positions[positions.length - 1];
  const letters = [...base];
  letters[at] = `${letters[at].normalize('NFD')}${TONE_MARKS[tone]}`.normalize('NFC');
  return letters.join('');
}
