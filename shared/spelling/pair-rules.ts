import { foldForSearch } from '../text/normalize';
import type { Finding } from '../style/types';
import type { ConfusionIndex, Lexicon } from './lexicon';
import { differsInHoiNga, differsInToneOnly, differsInVowelMark, hasMoreMarks, writtenByEar } from './marks';
import { splitTone } from './syllable';
import { besideIn, isCapitalised, likeCase, opensSentence, VIETNAMESE_LETTER, type Token } from './tokens';

/**
 * Rules on syllables that exist but make no word with their neighbour, where a near syllable would: marks lost
 * («các dai biểu», «chuyển đổi sô»), a letter lost or added («giả quyết», «các nhân»), the wrong tone («hàng
 * giã»); and the office's list of confusions («năng xuất»). A word of the list decides: the pair as written is
 * not one, the pair with the other syllable is, and only one such syllable fits.
 */

/** Makes a finding: `describe` is given the first suggestion as it will be shown (in the office's tone style). */
export type MakeFinding = (token: { text: string; start: number; end: number }, describe: (meant: string) => string, suggestions: string[]) => Finding;

/** Share of a block's words that carry Vietnamese marks: below it the block is written without marks throughout. */
const ACCENTED_SHARE = 0.4;

export function isAccentedText(tokens: Token[]): boolean {
  const vietnamese = tokens.filter((token) => token.kind === 'vietnamese');
  if (vietnamese.length < 3) return false;
  return vietnamese.filter((token) => VIETNAMESE_LETTER.test(token.text)).length / vietnamese.length >= ACCENTED_SHARE;
}

/** Real-word confusions from the office's list: «năng xuất» → «năng suất». */
export function confusionRule(text: string, tokens: Token[], confusions: ConfusionIndex, make: MakeFinding): Finding[] {
  const findings: Finding[] = [];
  tokens.forEach((token, index) => {
    for (const confusion of confusions.get(token.key) ?? []) {
      const span = tokens.slice(index, index + confusion.wrong.length);
      if (span.length !== confusion.wrong.length || span.some((item, at) => item.key !== confusion.wrong[at])) continue;
      const start = span[0].start;
      const end = span[span.length - 1].end;
      findings.push(make({ text: text.slice(start, end), start, end }, (right) => `Dễ viết nhầm: đúng là «${right}».`, [likeCase(span[0].text, confusion.right)]));
    }
  });
  return findings;
}

type Relation = (candidate: string, written: string) => boolean;

/**
 * `inside`: pairs inside longer words count (marks only: the safest relation); `unknownOnly`: only for a syllable
 * that is no part of a word of the list (hồ, part of hồ chứa, is not taken for hộ); `rareToo`: for one that is, but
 * not for the most frequent words (để is not taken for đề).
 */
const RELATIONS: { fits: Relation; inside?: boolean; unknownOnly?: boolean; rareToo?: boolean; message: (written: string, meant: string) => string }[] = [
  { fits: hasMoreMarks, inside: true, message: (written, meant) => `«${written}» thiếu dấu: có lẽ là «${meant}».` },
  // Known syllables too: each is a word somewhere, only not here (mùa mưa bảo, tỷ lệ đổ đạt, sẩy ra).
  { fits: writtenByEar, inside: true, message: (written, meant) => `«${written}» có lẽ là «${meant}» (dễ viết nhầm khi viết theo cách đọc).` },
  { fits: differsInVowelMark, inside: true, message: (written, meant) => `«${written}» có lẽ là «${meant}» (sai dấu của nguyên âm).` },
  {
    fits: (candidate, written) => {
      const [a, b] = [foldForSearch(candidate), foldForSearch(written)];
      const oneMore = (longer: string, shorter: string): boolean =>
        longer.length === shorter.length + 1 && [...longer].some((_, at) => longer.slice(0, at) + longer.slice(at + 1) === shorter);
      return splitTone(candidate)?.tone === splitTone(written)?.tone && (oneMore(a, b) || oneMore(b, a));
    },
    unknownOnly: true,
    message: (written, meant) => `«${written}» có lẽ là «${meant}» (thiếu hoặc thừa một chữ cái).`,
  },
  // Another tone: for any syllable but the most frequent words (tham giá → tham gia, mức đấu tư → đầu tư).
  { fits: differsInToneOnly, rareToo: true, message: (written, meant) => `«${written}» có lẽ là «${meant}» (sai dấu thanh).` },
];

/** The syllables near `token` (by `fits`) that make a word of the list with `neighbour`. */
function candidatesBeside(token: Token, neighbour: Token, position: 0 | 1, lexicon: Lexicon, relation: (typeof RELATIONS)[number]): string[] {
  // The same three (neighbour, side, word) come back on every check of the article: remembered per lexicon.
  const memoKey = `${RELATIONS.indexOf(relation)}|${position}|${neighbour.key}|${token.key}`;
  const known = lexicon.memo.get(memoKey);
  if (known) return known;
  const found: string[] = [];
  for (const pair of (relation.inside ? lexicon.pairsWithInside : lexicon.pairsWith).get(neighbour.key) ?? []) {
    const parts = pair.split(' ');
    if (parts[1 - position] === neighbour.key && relation.fits(parts[position], token.key)) found.push(parts[position]);
  }
  lexicon.remember(memoKey, found);
  return found;
}

/** Marks lost, a letter lost or added, a wrong tone (in a block written with marks: the caller knows): the first relation that finds one candidate speaks. */
export function nearWordRule(text: string, tokens: Token[], lexicon: Lexicon, make: MakeFinding, taken: (token: Token) => boolean): Finding[] {
  const findings: Finding[] = [];
  const beside = besideIn(text, tokens);
  tokens.forEach((token, index) => {
    if (token.kind !== 'vietnamese' || token.kept || taken(token)) return;
    // Lower case, or capitalised at the start of a sentence with the next word in lower case («Củng trong dịp này»).
    if (token.text !== token.text.toLowerCase() && !(isCapitalised(token.text) && token.text.slice(1) === token.text.slice(1).toLowerCase() && opensSentence(text, tokens, index))) return;
    const before = beside(index, -1);
    const after = beside(index, 1);
    if ((before && lexicon.isWord(before.key, token.key)) || (after && lexicon.isWord(token.key, after.key))) return;
    // The most frequent words (của, trong, các) only at the edge of a phrase: «quan trong.» is quan trọng,
    // «cơ quan trong thời gian» is right; inside one, only for a syllable written by ear («chính chị» → trị).
    const frequentInside = lexicon.singles.has(token.key) && before && after;
    for (const relation of RELATIONS) {
      if (relation.unknownOnly && lexicon.inWords.has(token.key)) continue;
      if (relation.rareToo && lexicon.singles.has(token.key)) continue;
      if (frequentInside && relation.fits !== writtenByEar) continue;
      const candidates = new Set<string>();
      for (const [neighbour, position] of [
        [before, 1],
        [after, 0],
      ] as const) {
        if (!neighbour) continue;
        // A syllable that is part of a word elsewhere is taken for another beside a rarer word only: after «tỉnh», «xã»
        // or «các» it is more likely a word of its own («Tỉnh tạo điều kiện» is not «tỉnh táo»).
        if (relation.rareToo && lexicon.inWords.has(token.key) && lexicon.singles.has(neighbour.key)) continue;
        // A neighbour that makes a word on its other side may belong there: for the most frequent words it does
        // («Các nhân viên» is not «cá nhân»), unless the three make a word of the list (chuyển đổi sô → chuyển đổi
        // số); a rarer syllable may still make the word with it («mùa mưa bảo» → «mưa bão»).
        const further = position === 1 ? beside(index - 1, -1) : beside(index + 1, 1);
        const belongs = further && (position === 1 ? lexicon.isPairWord(further.key, neighbour.key) : lexicon.isPairWord(neighbour.key, further.key));
        for (const candidate of candidatesBeside(token, neighbour, position, lexicon, relation)) {
          const three = further && (position === 1 ? [further.key, neighbour.key, candidate] : [candidate, neighbour.key, further.key]).join(' ');
          if (!belongs || !lexicon.singles.has(token.key) || (three && lexicon.words.has(three))) candidates.add(candidate);
        }
      }
      if (candidates.size === 0) continue;
      if (candidates.size > 1 && relation.fits !== hasMoreMarks) return;
      const suggestions = [...candidates].map((item) => likeCase(token.text, item));
      findings.push(make(token, (meant) => relation.message(token.text, meant), suggestions));
      return;
    }
    // One of the most frequent words with its hỏi and ngã mixed up (sẻ → sẽ, củng → cũng, vẩn → vẫn), or one of the
    // commonest with its marks lost (cua → của, co → có), where the syllable written makes no word with its neighbours
    // and is not a frequent word itself.
    if (lexicon.singles.has(token.key)) return;
    const twins = frequentTwins(token.key, lexicon);
    if (twins.length === 1) findings.push(make(token, (meant) => `«${token.text}» có lẽ là «${meant}».`, [likeCase(token.text, twins[0])]));
  });
  return findings;
}

/**
 * The most frequent words that `written` is with hỏi for ngã, or ngã for hỏi; and the commonest (của, và, có…) that
 * it is with marks lost, when it is part of no word of the list — marks lost on any frequent word were tried: plain
 * syllables in use are too many («nay», «ca», «đạt», «rang xay» were taken for này, cả, đặt, rằng).
 */
function frequentTwins(written: string, lexicon: Lexicon): string[] {
  const memoKey = `twins|${written}`;
  const known = lexicon.memo.get(memoKey);
  if (known) return known;
  const plain = !lexicon.inWords.has(written);
  const twins = [...lexicon.singles].filter(
    (frequent) => differsInHoiNga(frequent, written) || (plain && lexicon.commonest.has(frequent) && hasMoreMarks(frequent, written)),
  );
  lexicon.remember(memoKey, twins);
  return twins;
}
