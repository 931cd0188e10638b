import { checkSpelling, type SpellingContext } from '../spelling/check';
import { indexConfusions } from '../spelling/lexicon';
import { editDistance } from '../text/edit-distance';
import { toneStyleOf, type ToneStyle } from './tone';
import type { Finding, Official, StyleConfig } from './types';
import { phraseKey, wordKey, wordsOf, type Word } from './words';

export interface ToneFact {
  start: number;
  end: number;
  text: string;
  style: ToneStyle;
  other: string;
}

export interface MentionFact {
  official: Official;
  /** The titles written after the name, as written. */
  titles: string[];
  start: number;
  end: number;
}

export interface BlockResult {
  findings: Finding[];
  tones: ToneFact[];
  mentions: MentionFact[];
}

/** What the block rules need from the configuration, prepared once. */
export interface PreparedConfig {
  abbreviations: Set<string>;
  abbreviationList: string[];
  properNames: Map<string, { canonical: string; keys: string[] }[]>;
  officials: { official: Official; keys: string[] }[];
  spelling: (SpellingContext & { severity: Finding['severity'] }) | null;
}

export function prepare(config: StyleConfig): PreparedConfig {
  const properNames = new Map<string, { canonical: string; keys: string[] }[]>();
  for (const canonical of config.properNames) {
    const keys = wordsOf(canonical).map((word) => wordKey(word.text));
    if (keys.length === 0) continue;
    properNames.set(keys[0], [...(properNames.get(keys[0]) ?? []), { canonical, keys }]);
  }
  return {
    abbreviations: new Set(config.abbreviations.map((abbr) => abbr.normalize('NFC'))),
    abbreviationList: config.abbreviations.map((abbr) => abbr.normalize('NFC')),
    properNames,
    officials: config.officials
      .filter((official) => official.name.trim())
      .map((official) => ({ official, keys: wordsOf(official.name).map((word) => wordKey(word.text)) })),
    spelling: config.spelling ? prepareSpelling(config) : null,
  };
}

/** What spelling never flags (the office's words, the officials' and the bodies' names) and the confusions, indexed. */
function prepareSpelling(config: StyleConfig): NonNullable<PreparedConfig['spelling']> {
  const spelling = config.spelling as NonNullable<StyleConfig['spelling']>;
  const allowed = new Set<string>();
  const add = (text: string): void => {
    for (const word of wordsOf(text.normalize('NFC'))) allowed.add(word.text.toLowerCase());
  };
  spelling.words.forEach(add);
  config.properNames.forEach(add);
  config.officials.forEach((official) => add(official.name));
  return {
    lexicon: spelling.lexicon,
    confusions: indexConfusions(spelling.confusions),
    allowed,
    ignored: new Set((spelling.ignored ?? []).map((word) => word.normalize('NFC').toLowerCase())),
    toneStyle: config.toneStyle,
    severity: spelling.severity,
  };
}

function finding(rule: Finding['rule'], severity: Finding['severity'], start: number, text: string, message: string, suggestion: string | null): Finding {
  return { rule, severity, start, end: start + text.length, text, message, suggestion };
}

// ---- characters -------------------------------------------------------------------------------

const LOOKALIKES: Record<string, string> = {
  '\u00d0': 'Đ',
  '\u00f0': 'đ',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i',
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');
// Finding control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/gu;
const DECOMPOSED = /\p{L}\p{M}+/gu;

function characterRules(text: string, out: Finding[]): void {
  for (const match of text.matchAll(LOOKALIKE_PATTERN)) {
    const replacement = LOOKALIKES[match[0]];
    const name = match[0] === '\u00d0' || match[0] === '\u00f0' ? `chữ «${match[0]}» (Eth của tiếng Iceland)` : `chữ «${match[0]}» (Kirin)`;
    out.push(finding('lookalike', 'error', match.index, match[0], `Đây là ${name}, trông giống «${replacement}» nhưng là ký tự khác: tìm kiếm và cổng sẽ không nhận ra.`, replacement));
  }
  for (const match of text.matchAll(CONTROL)) {
    out.push(finding('control-character', 'error', match.index, match[0], `Ký tự điều khiển ẩn (U+${match[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}) lẫn trong văn bản.`, ''));
  }
  for (const match of text.matchAll(DECOMPOSED)) {
    const composed = match[0].normalize('NFC');
    if (composed !== match[0]) {
      out.push(finding('nfd', 'error', match.index, match[0], `Chữ «${composed}» được ghép từ ký tự rời (Unicode dựng sẵn NFD); nên dùng dạng dựng sẵn (NFC).`, composed));
    }
  }
}

// ---- spacing and punctuation ----------------------------------------------------------------------

const AFTER_FULL_STOP = /[\p{Ll}\p{N}][.!?](?=\p{Lu})/gu;
const AFTER_COMMA = /[,;:](?=\p{L})/gu;
const WORD_THEN_NUMBER = /(?<=[\p{Ll}][\p{Ll}\p{M}]+)\d{2,}/gu;
const SPACE_BEFORE = /(?<=\S)( +)(?=[,.;:!?)\]”»](?:\s|$|[^.\d]))/gu;
const SPACE_AFTER_OPENING = /(?<=[([“«])( +)/gu;
const DOUBLE_SPACE = /(?<=\S) {2,}(?=\S)/gu;
const LOPSIDED_DASH = /(?<=[\p{L}\p{N}])(?:- (?=[\p{L}\p{N}])| -(?=[\p{L}\p{N}]))/gu;

function spacingRules(text: string, out: Finding[]): void {
  for (const match of text.matchAll(AFTER_FULL_STOP)) {
    const at = match.index + 1;
    out.push(finding('missing-space', 'error', at, text.slice(at, at + 2), `Thiếu khoảng trắng sau dấu «${text[at]}».`, `${text[at]} ${text[at + 1]}`));
  }
  for (const match of text.matchAll(AFTER_COMMA)) {
    const at = match.index;
    if (text.slice(Math.max(0, at - 5), at + 3).match(/https?:\/|www\./)) continue;
    out.push(finding('missing-space', 'error', at, text.slice(at, at + 2), `Thiếu khoảng trắng sau dấu «${text[at]}».`, `${text[at]} ${text[at + 1]}`));
  }
  for (const match of text.matchAll(WORD_THEN_NUMBER)) {
    const at = match.index - 1;
    out.push(finding('missing-space', 'error', at, text.slice(at, match.index + match[0].length), `Chữ và số viết liền: thiếu khoảng trắng trước «${match[0]}».`, `${text[at]} ${match[0]}`));
  }
  for (const match of text.matchAll(LOPSIDED_DASH)) {
    out.push(finding('missing-space', 'warning', match.index, match[0], 'Khoảng trắng hai bên gạch nối không đều: viết «a - b» hoặc «a-b».', ' - '));
  }
  for (const match of text.matchAll(SPACE_BEFORE)) {
    const mark = text[match.index + match[0].length];
    out.push(finding('space-before-punctuation', 'error', match.index, match[0], `Thừa khoảng trắng trước dấu «${mark}».`, ''));
  }
  for (const match of text.matchAll(SPACE_AFTER_OPENING)) {
    out.push(finding('space-before-punctuation', 'error', match.index, match[0], `Thừa khoảng trắng sau dấu «${text[match.index - 1]}».`, ''));
  }
  for (const match of text.matchAll(DOUBLE_SPACE)) {
    out.push(finding('double-space', 'warning', match.index, match[0], 'Hai khoảng trắng liền nhau.', ' '));
  }
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '“': '”', '«': '»' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

function balanceRules(text: string, out: Finding[]): void {
  const stack: { char: string; at: number }[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (PAIRS[char]) stack.push({ char, at: index });
    else if (CLOSERS.has(char)) {
      const open = CLOSERS.get(char);
      if (stack.length && stack[stack.length - 1].char === open) stack.pop();
      else out.push(finding('unbalanced', 'warning', index, char, `Dấu «${char}» không có dấu «${open}» mở tương ứng.`, null));
    }
  }
  for (const open of stack) {
    out.push(finding('unbalanced', 'warning', open.at, open.char, `Dấu «${open.char}» mở mà không có dấu «${PAIRS[open.char]}» đóng.`, null));
  }
  const straight = [...text.matchAll(/"/g)];
  if (straight.length % 2 === 1) {
    const last = straight[straight.length - 1];
    out.push(finding('unbalanced', 'warning', last.index, '"', 'Số dấu ngoặc kép lẻ: thiếu một dấu mở hoặc đóng.', null));
  }
}

// ---- abbreviations ---------------------------------------------------------------------------------

const ABBREVIATION = /(?<![\p{L}\p{N}&.])\p{Lu}[\p{Lu}\p{N}]*(?:[&.-][\p{Lu}\p{N}]+)*(?![\p{L}\p{N}])/gu;
const ROMAN = /^[IVXLCDM]+$/;
const ABBREVIATION_LETTERS = /^[A-ZĐƯ0-9&.\u00d0-]+$/;

function abbreviationRules(text: string, prepared: PreparedConfig, out: Finding[]): void {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  // A line in capitals (a heading typed in caps) is not full of abbreviations.
  if (letters.length >= 12 && upper.length / letters.length > 0.7) return;
  for (const match of text.matchAll(ABBREVIATION)) {
    const token = match[0];
    const lettersOnly = token.replace(/[^\p{L}]/gu, '');
    if (lettersOnly.length < 2 || !ABBREVIATION_LETTERS.test(token) || ROMAN.test(token)) continue;
    const normalized = token.replace(/\u00d0/g, 'Đ');
    if (prepared.abbreviations.has(normalized)) continue;
    const near = nearAbbreviations(normalized, prepared.abbreviationList);
    if (near.length > 0) {
      const others = near.length > 1 ? ` (hoặc ${near.slice(1, 3).map((item) => `«${item}»`).join(', ')})` : '';
      out.push(finding('abbreviation', 'error', match.index, token, `«${token}» không có trong từ điển viết tắt; có phải «${near[0]}»${others}?`, near[0]));
    } else if (!/\d/.test(token)) {
      out.push(finding('abbreviation', 'info', match.index, token, `Viết tắt «${token}» chưa có trong từ điển của cơ quan.`, null));
    }
  }
}

function swapD(text: string): string {
  return text.replace(/[DĐ]/g, (char) => (char === 'D' ? 'Đ' : 'D'));
}

/** Known abbreviations one keystroke away, a D/Đ mix-up first, then in the dictionary's order. */
export function nearAbbreviations(token: string, known: string[]): string[] {
  const dSwapped = known.filter((abbr) => abbr.length === token.length && [...abbr].every((char, index) => char === token[index] || swapD(char) === token[index]));
  const oneAway = known.filter((abbr) => !dSwapped.includes(abbr) && Math.min(abbr.length, token.length) >= 3 && editDistance(abbr, token) === 1);
  return [...dSwapped, ...oneAway];
}

// ---- capitalisation of the names of bodies ---------------------------------------------------

function capitalisationRules(text: string, words: Word[], prepared: PreparedConfig, out: Finding[]): void {
  for (let index = 0; index < words.length; index += 1) {
    const candidates = prepared.properNames.get(wordKey(words[index].text));
    if (!candidates) continue;
    for (const { canonical, keys } of candidates) {
      if (index + keys.length > words.length) continue;
      let matches = true;
      for (let offset = 0; offset < keys.length && matches; offset += 1) {
        const word = words[index + offset];
        matches = wordKey(word.text) === keys[offset] && (offset === 0 || /^ $/.test(text.slice(words[index + offset - 1].end, word.start)));
      }
      if (!matches) continue;
      const span = words.slice(index, index + keys.length);
      const written = text.slice(span[0].start, span[span.length - 1].end);
      const canonicalWords = wordsOf(canonical);
      // Keep the writer's tone placement; fix only the capitals.
      const fixed = span.map((word, offset) => recase(word.text, canonicalWords[offset].text)).join(' ');
      if (fixed !== written) {
        out.push(finding('capitalisation', 'warning', span[0].start, written, `Tên cơ quan, tổ chức viết hoa chưa đúng: «${fixed}».`, fixed));
      }
      break;
    }
  }
}

function recase(word: string, model: string): string {
  const chars = [...word];
  const modelChars = [...model];
  return chars.map((char, index) => (modelChars[index] && modelChars[index] === modelChars[index].toUpperCase() && modelChars[index] !== modelChars[index].toLowerCase() ? char.toUpperCase() : char.toLowerCase())).join('');
}

// ---- facts for the article-wide rules -------------------------------------------------------------

const VERBS = ['chủ trì', 'đồng chủ trì', 'chủ tọa', 'chủ toạ', 'điều hành', 'dẫn đầu', 'trao đổi', 'thăm hỏi', 'chúc mừng', 'phát biểu', 'trình bày', 'tham dự', 'dự', 'tham luận', 'báo cáo', 'kết luận', 'chỉ đạo', 'cho biết', 'nhấn mạnh', 'đề nghị', 'yêu cầu', 'ghi nhận', 'khẳng định', 'trao', 'tặng', 'thăm', 'làm việc', 'tiếp', 'cùng', 'đã', 'và'];
const VERB_CUT = new RegExp(`\\s(?:${VERBS.join('|')})(?=\\s|$)`, 'u');

function mentionFacts(text: string, words: Word[], prepared: PreparedConfig): MentionFact[] {
  const mentions: MentionFact[] = [];
  for (const { official, keys } of prepared.officials) {
    for (let index = 0; index + keys.length <= words.length; index += 1) {
      if (!keys.every((key, offset) => wordKey(words[index + offset].text) === key)) continue;
      const nameEnd = words[index + keys.length - 1].end;
      if (text.slice(nameEnd, nameEnd + 2) !== ', ') continue;
      const start = nameEnd + 2;
      const stop = text.slice(start).search(/[;.:\n(]/u);
      const tail = stop < 0 ? text.slice(start) : text.slice(start, start + stop);
      const titles: string[] = [];
      let consumed = 0;
      for (const segment of tail.split(', ')) {
        if (!/^\p{Lu}/u.test(segment)) break;
        const cut = VERB_CUT.exec(segment);
        titles.push(cut ? segment.slice(0, cut.index) : segment);
        consumed += (titles.length > 1 ? 2 : 0) + titles[titles.length - 1].length;
        if (cut) break;
      }
      if (titles.length > 0) mentions.push({ official, titles, start, end: start + consumed });
    }
  }
  return mentions;
}

/** Every rule that looks at one block alone, and the facts the article-wide rules need. */
export function checkBlockText(text: string, prepared: PreparedConfig): BlockResult {
  const findings: Finding[] = [];
  const words = wordsOf(text);
  characterRules(text, findings);
  spacingRules(text, findings);
  balanceRules(text, findings);
  abbreviationRules(text, prepared, findings);
  capitalisationRules(text, words, prepared, findings);
  if (prepared.spelling) {
    const severity = prepared.spelling.severity;
    // A word another rule already flags (a look-alike letter, an abbreviation) is that rule's.
    const flagged = findings.map((item) => [item.start, item.end]);
    for (const item of checkSpelling(text, prepared.spelling)) {
      if (!flagged.some(([start, end]) => start < item.end && item.start < end)) findings.push({ ...item, severity });
    }
  }
  const tones: ToneFact[] = [];
  for (const word of words) {
    const tone = toneStyleOf(word.text);
    if (tone) tones.push({ start: word.start, end: word.end, text: word.text, style: tone.style, other: tone.other });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, tones, mentions: mentionFacts(text, words, prepared) };
}

export { phraseKey };
