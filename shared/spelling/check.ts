import { toToneStyle, toneStyleOf, type ToneStyle } from '../style/tone';
import type { Finding } from '../style/types';
import { fromTelex, typedInTelex, typedInVni, type Typed } from './input-method';
import { syllableKey, type ConfusionIndex, type Lexicon } from './lexicon';
import { confusionRule, isAccentedText, nearWordRule, type MakeFinding } from './pair-rules';
import { nearSyllables, suggestFor } from './suggest';
import { isPossibleSyllable, splitTone, withTone } from './syllable';
import { isAllCaps, isCapitalised, likeCase, opensSentence, readTokens, VIETNAMESE_LETTER, type Token } from './tokens';

/**
 * Spelling in one block of text: words that are no Vietnamese syllable, Telex and VNI leftovers, real-word
 * confusions from the office's list, syllables that lost their marks, a letter or their tone next to a word they
 * would make. Names are not typos: capitalised words the rules of the language refuse (Kbang, Jrai, M'gar), the
 * office's dictionary, the officials and the bodies it knows, abbreviations, numbers, addresses, e-mail, links
 * and foreign words in Latin letters are never flagged.
 */

export interface SpellingContext {
  lexicon: Lexicon;
  /** The office's list of real-word confusions. */
  confusions: ConfusionIndex;
  /** Lowercase words never flagged: the office's dictionary, the officials' names, the names of bodies. */
  allowed: ReadonlySet<string>;
  /** Words the article said to leave alone («Bỏ qua»), lowercase. */
  ignored?: ReadonlySet<string>;
  /** The office's tone placement, for the suggestions; 'auto' follows the text. */
  toneStyle?: ToneStyle | 'auto';
}

const HAS_DIGIT = /\p{N}/u;
const LETTERS_ONLY = /^\p{L}+$/u;

interface Leftover {
  syllable: string;
  method: 'Telex' | 'VNI';
}

/** The syllable an input-method leftover was meant to be, when that syllable (or one a mark away) is in use. */
function inputMethodLeftover(lower: string, lexicon: Lexicon, capitalised: boolean): Leftover | null {
  const digits = HAS_DIGIT.test(lower);
  const typed: Typed | null = digits ? typedInVni(lower) : (typedInTelex(lower) ?? withPlacedTone(lower));
  if (!typed) return null;
  if (!digits) {
    // A doubled letter (dd, aa, ee, oo) or w is Telex's own mark; a tone key alone counts at the end of a word of
    // four letters or more (baos), where Telex users type it — not inside one (term, host) nor on a short one (as,
    // bus); j, which ends no foreign word, at the end of any (bij). A capitalised word with only a w is a name (Rơ Wa).
    const strong = (capitalised ? /dd|aa|ee|oo/u : /dd|aa|ee|oo|w/u).test(lower) || (lower.length >= 4 && /[sfrxj]$/u.test(lower)) || /[aeiouy]j$/u.test(lower);
    if (!strong) return null;
  }
  const method = digits ? 'VNI' : 'Telex';
  const exact = withTone(typed.letters, typed.tone);
  if (exact && lexicon.hasSyllable(exact)) return { syllable: exact, method };
  // Keys typed half right (vuongs for vướng, hoaatj for hoạt): the syllable a vowel mark away.
  const near = nearSyllables(typed.letters, typed.tone, lexicon, { marksOnly: true });
  return near.length > 0 ? { syllable: near[0], method } : null;
}

/** Telex keys beside a tone the input method had already placed («ddịa» for địa): the keys read, the tone kept. */
function withPlacedTone(lower: string): Typed | null {
  const split = splitTone(lower);
  if (!split || split.tone === 0) return null;
  const typed = typedInTelex(split.base);
  return typed && typed.tone === 0 ? { letters: typed.letters, tone: split.tone } : null;
}

function spellingFinding(token: { text: string; start: number; end: number }, describe: (meant: string) => string, suggestions: string[]): Finding {
  const unique = [...new Set(suggestions.filter((item) => item && item !== token.text))];
  return {
    rule: 'spelling',
    severity: 'warning',
    start: token.start,
    end: token.end,
    text: token.text,
    message: describe(unique[0] ?? ''),
    suggestion: unique[0] ?? null,
    ...(unique.length > 1 ? { alternatives: unique.slice(0, 5) } : {}),
  };
}

/** What each word is (first pass), and the typos that show in the word alone. */
function classify(text: string, tokens: Token[], context: SpellingContext, leftovers: Map<Token, Leftover>): void {
  const { lexicon, allowed, ignored } = context;
  for (const token of tokens) {
    const lower = token.text.toLowerCase();
    const capitalised = isCapitalised(token.text);
    if (/['’ʼ]/u.test(token.text)) token.kind = 'name';
    // Right after a full stop with no space: a file's extension (.docx) or part of a name written with dots.
    else if (token.start > 0 && text[token.start - 1] === '.') token.kind = 'other';
    else if (ignored?.has(lower) || allowed.has(lower)) {
      token.kept = true;
      token.kind = LETTERS_ONLY.test(token.text) && lexicon.hasSyllable(lower) ? 'vietnamese' : 'other';
    }
    else if (HAS_DIGIT.test(token.text)) {
      const leftover = /\p{L}/u.test(token.text) ? inputMethodLeftover(lower, lexicon, capitalised) : null;
      if (leftover) leftovers.set(token, leftover);
      token.kind = leftover ? 'flagged' : 'other';
    } else if (!LETTERS_ONLY.test(token.text)) token.kind = 'other';
    // Abbreviations (UBND), and capitals inside a word (iPhone, eGov, text in an old encoding: kÕt).
    else if (isAllCaps(token.text) || token.text.slice(1) !== token.text.slice(1).toLowerCase()) token.kind = 'other';
    else if (lexicon.hasSyllable(lower)) token.kind = 'vietnamese';
    else {
      const leftover = inputMethodLeftover(lower, lexicon, capitalised);
      if (leftover) {
        leftovers.set(token, leftover);
        token.kind = 'flagged';
      } else if (capitalised && !typoOpeningSentence(text, tokens, token, lower)) token.kind = 'name';
      else if (!VIETNAMESE_LETTER.test(token.text)) token.kind = 'foreign';
      else token.kind = 'flagged';
    }
  }
}

/**
 * A capitalised word is a name unless it opens a sentence alone (the next word in lower case), carries a Vietnamese
 * mark, and is a syllable the rules of the language allow though none in use («Mổi năm» → Mỗi). Names of ethnic
 * minorities that open a sentence are syllables the rules refuse (Kbang, Êđê, Đắk), and Kinh names are syllables in use.
 */
function typoOpeningSentence(text: string, tokens: Token[], token: Token, lower: string): boolean {
  return VIETNAMESE_LETTER.test(token.text) && isPossibleSyllable(lower) && opensSentence(text, tokens, tokens.indexOf(token));
}

export function checkSpelling(text: string, context: SpellingContext): Finding[] {
  const { lexicon } = context;
  const tokens = readTokens(text);
  const leftovers = new Map<Token, Leftover>();
  classify(text, tokens, context, leftovers);
  // The tone placement of the suggestions, worked out only when there is a finding (most blocks have none).
  let style: ToneStyle | null = null;
  const make: MakeFinding = (token, describe, suggestions) => {
    style ??= suggestionStyle(tokens, context.toneStyle ?? 'auto');
    const placed = style;
    return spellingFinding(token, describe, suggestions.map((item) => inStyle(item, placed)));
  };
  const findings: Finding[] = [];
  const accented = isAccentedText(tokens);

  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    if (token.kind === 'foreign' && accented) {
      // Latin letters that fold from a syllable in use, next to the word it makes: marks lost (năm hoc, tren địa bàn).
      // Or a syllable with a letter slipped (thông qau, điểm xugn yếu).
      const meant = lostMarksOfForeign(token, before, after, lexicon);
      const slipped = meant.length === 0 ? slipOfForeign(token, before, after, lexicon) : [];
      if (meant.length > 0 || slipped.length > 0) {
        token.kind = 'flagged';
        const describe = (first: string): string => (slipped.length > 0 ? `«${token.text}» có lẽ là «${first}» (gõ nhầm một chữ cái).` : `«${token.text}» thiếu dấu: có lẽ là «${first}».`);
        findings.push(make(token, describe, [...meant, ...slipped].map((item) => likeCase(token.text, item))));
        return;
      }
      // A short word with a tone key at its end (bão lux, vay vons): Telex's, when what it types makes the word.
      const typed = token.text === token.text.toLowerCase() ? fromTelex(token.key) : null;
      if (typed && lexicon.hasSyllable(typed) && makesWordBeside(typed, before, after, lexicon)) {
        token.kind = 'flagged';
        findings.push(make(token, (first) => `«${token.text}» là phím gõ Telex còn sót: có lẽ định gõ «${first}».`, [typed]));
      }
      return;
    }
    if (token.kind !== 'flagged') return;
    const leftover = leftovers.get(token);
    if (leftover) {
      // Inside a foreign phrase (Internet of Things), a Latin word is not a leftover.
      if (leftover.method === 'Telex' && [before?.kind, after?.kind].some((kind) => kind === 'foreign' || kind === 'name')) {
        token.kind = 'foreign';
        return;
      }
      findings.push(make(token, (meant) => `«${token.text}» là phím gõ ${leftover.method} còn sót: có lẽ định gõ «${meant}».`, [likeCase(token.text, leftover.syllable)]));
      return;
    }
    const suggestions = suggestFor(token.text.toLowerCase(), lexicon, before?.key, after?.key).map((item) => likeCase(token.text, item));
    findings.push(make(token, (first) => `«${token.text}» không phải một chữ tiếng Việt${first ? `: có lẽ là «${first}»` : ''}.`, suggestions));
  });

  const confusions = confusionRule(text, tokens, context.confusions, make);
  findings.push(...confusions);
  const taken = (token: Token): boolean => confusions.some((item) => item.start <= token.start && item.end >= token.end);
  if (accented) findings.push(...nearWordRule(text, tokens, lexicon, make, taken));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Syllables in use that a foreign-looking word folds from, when one makes a word with a neighbour or is a frequent word. */
function lostMarksOfForeign(token: Token, before: Token | undefined, after: Token | undefined, lexicon: Lexicon): string[] {
  const candidates = lexicon.byFold.get(token.key) ?? [];
  const scored = candidates
    .map((candidate) => {
      const pairs = (before?.kind === 'vietnamese' && lexicon.isWord(before.key, candidate) ? 1 : 0) + (after?.kind === 'vietnamese' && lexicon.isWord(candidate, after.key) ? 1 : 0);
      return { candidate, score: pairs * 2 + (lexicon.singles.has(candidate) ? 1 : 0) };
    })
    .filter((item) => item.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored.map((item) => item.candidate);
}

/** True when `candidate` makes a word of the list with the Vietnamese word before or after it. */
function makesWordBeside(candidate: string, before: Token | undefined, after: Token | undefined, lexicon: Lexicon): boolean {
  const key = syllableKey(candidate);
  return (before?.kind === 'vietnamese' && lexicon.isWord(before.key, key)) || (after?.kind === 'vietnamese' && lexicon.isWord(key, after.key));
}

/** A word in Latin letters this short (three letters at least: «th» is no slip) may be a syllable with a slip. */
const SLIP_MAX_LETTERS = 5;

/**
 * A short word in Latin letters that is a syllable in use with a letter slipped — doubled (thii), swapped (qau,
 * xugn) or missing (kin) — when that syllable makes a word with a neighbour (đội thi, thông qua, kinh tế); one
 * candidate only. A foreign word is left alone: it is longer, or makes no word once changed.
 */
function slipOfForeign(token: Token, before: Token | undefined, after: Token | undefined, lexicon: Lexicon): string[] {
  const letters = [...token.key].length;
  if (letters < 3 || token.text !== token.text.toLowerCase()) return [];
  if (letters > SLIP_MAX_LETTERS) return letters <= SLIP_MAX_LETTERS + 1 ? doubledOfForeign(token.key, lexicon) : [];
  const found = nearSyllables(token.key, 0, lexicon, { before: before?.key, after: after?.key })
    .map(syllableKey)
    .filter((candidate) => candidate !== token.key && makesWordBeside(candidate, before, after, lexicon));
  return found.length === 1 ? found : [];
}

/**
 * One letter doubled in a word one letter longer (tronng, thanhh): the syllable without it, when it is one of the
 * most frequent words or part of a word of the list; a foreign word that loses a doubled letter is seldom a
 * syllable (tennis, coffee, google are not).
 */
function doubledOfForeign(key: string, lexicon: Lexicon): string[] {
  const found = new Set<string>();
  for (let at = 1; at < key.length; at += 1) {
    if (key[at] !== key[at - 1]) continue;
    const candidate = key.slice(0, at) + key.slice(at + 1);
    if (lexicon.hasSyllable(candidate) && (lexicon.singles.has(candidate) || lexicon.inWords.has(candidate))) found.add(candidate);
  }
  return found.size === 1 ? [...found] : [];
}

/** The tone placement for suggestions: the office's, or (auto) the one the text itself uses, older by default. */
function suggestionStyle(tokens: Token[], office: ToneStyle | 'auto'): ToneStyle {
  if (office !== 'auto') return office;
  let old = 0;
  let fresh = 0;
  for (const token of tokens) {
    const style = toneStyleOf(token.text)?.style;
    if (style === 'old') old += 1;
    else if (style === 'new') fresh += 1;
  }
  return fresh > old ? 'new' : 'old';
}

function inStyle(suggestion: string, style: ToneStyle): string {
  return suggestion
    .split(' ')
    .map((word) => toToneStyle(word, style))
    .join(' ');
}
