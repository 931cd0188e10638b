import { checkBlockText, prepare, type BlockResult, type MentionFact, type PreparedConfig, type ToneFact } from './block-rules';
import type { ToneStyle } from './tone';
import type { ArticleField, ArticleTexts, EventDate, Finding, PlacedFinding, StyleConfig } from './types';
import { phraseKey } from './words';

const CACHE_LIMIT = 4_000;

interface Located<T> {
  field: ArticleField;
  block: number;
  fact: T;
}

/**
 * The Vietnamese style checker. Block results are cached by text, so after a keystroke only the block
 * that changed is checked again; the article-wide rules (tone placement, titles, the lead's date) then
 * run over facts the blocks already gathered.
 */
export class StyleChecker {
  private readonly prepared: PreparedConfig;
  private readonly cache = new Map<string, BlockResult>();

  constructor(readonly config: StyleConfig) {
    this.prepared = prepare(config);
  }

  checkBlock(text: string): BlockResult {
    let result = this.cache.get(text);
    if (result) {
      this.cache.delete(text);
    } else {
      result = checkBlockText(text, this.prepared);
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    }
    this.cache.set(text, result);
    return result;
  }

  /** How many of these texts have not been checked yet (or have left the cache). */
  unchecked(texts: readonly string[]): number {
    return texts.reduce((count, text) => (this.cache.has(text) ? count : count + 1), 0);
  }

  /**
   * Checks the texts not checked yet (one at least) while `more()` says there is time, so a long article can be checked a slice
   * at a time (when the page is idle) and then as a whole from the cache. True when every text has been checked.
   */
  warm(texts: readonly string[], more: () => boolean): boolean {
    let checked = false;
    for (const text of texts) {
      if (this.cache.has(text)) continue;
      // At least one text a call, however short the time: a slow machine still gets to the end.
      if (checked && !more()) return false;
      this.checkBlock(text);
      checked = true;
    }
    return true;
  }

  checkArticle(article: ArticleTexts): PlacedFinding[] {
    const findings: PlacedFinding[] = [];
    const tones: Located<ToneFact>[] = [];
    const mentions: Located<MentionFact>[] = [];
    const visit = (field: ArticleField, block: number, text: string): void => {
      const result = this.checkBlock(text);
      for (const item of result.findings) findings.push({ ...item, field, block });
      for (const fact of result.tones) tones.push({ field, block, fact });
      for (const fact of result.mentions) mentions.push({ field, block, fact });
    };
    visit('title', 0, article.title);
    visit('lead', 0, article.lead);
    article.blocks.forEach((text, block) => visit('body', block, text));
    visit('byline', 0, article.byline);
    findings.push(...toneRule(tones, this.config.toneStyle));
    findings.push(...titleRule(mentions));
    if (this.config.eventDate) findings.push(...leadDateRule(article.lead, this.config.eventDate));
    return findings;
  }
}

const TONE_NAMES: Record<ToneStyle, string> = { old: 'kiểu cũ (hòa, Ủy)', new: 'kiểu mới (hoà, Uỷ)' };

function toneRule(tones: Located<ToneFact>[], office: StyleConfig['toneStyle']): PlacedFinding[] {
  const counts = { old: 0, new: 0 };
  for (const { fact } of tones) counts[fact.style] += 1;
  let wanted: ToneStyle;
  if (office === 'auto') {
    if (counts.old === 0 || counts.new === 0) return [];
    wanted = counts.old >= counts.new ? 'old' : 'new';
  } else {
    wanted = office;
  }
  const why = office === 'auto' ? `bài đang dùng lẫn hai cách bỏ dấu; thống nhất theo ${TONE_NAMES[wanted]}` : `cơ quan dùng cách bỏ dấu ${TONE_NAMES[wanted]}`;
  return tones
    .filter(({ fact }) => fact.style !== wanted)
    .map(({ field, block, fact }) => ({
      rule: 'tone-style' as const,
      severity: 'warning' as const,
      field,
      block,
      start: fact.start,
      end: fact.end,
      text: fact.text,
      message: `«${fact.text}» → «${fact.other}»: ${why}.`,
      suggestion: fact.other,
    }));
}

function titleRule(mentions: Located<MentionFact>[]): PlacedFinding[] {
  const findings: PlacedFinding[] = [];
  const firstSeen = new Map<string, Located<MentionFact>>();
  for (const mention of mentions) {
    const { official, titles } = mention.fact;
    const known = new Set(official.titles.map(phraseKey));
    const unknown = titles.filter((title) => !known.has(phraseKey(title)));
    const written = titles.join(', ');
    const place = { field: mention.field, block: mention.block, start: mention.fact.start, end: mention.fact.end, text: written };
    if (official.titles.length > 0 && unknown.length > 0) {
      findings.push({
        ...place,
        rule: 'person-title',
        severity: 'warning',
        message: `Chức danh của đồng chí ${official.name} khác với danh bạ («${official.titles.join(', ')}»).`,
        suggestion: official.titles.join(', '),
      });
      continue;
    }
    const earlier = firstSeen.get(official.name);
    if (!earlier) {
      firstSeen.set(official.name, mention);
      continue;
    }
    const before = new Set(earlier.fact.titles.map(phraseKey));
    const now = new Set(titles.map(phraseKey));
    const contradicts = [...now].some((key) => !before.has(key)) && [...before].some((key) => !now.has(key));
    if (contradicts) {
      findings.push({
        ...place,
        rule: 'person-title',
        severity: 'warning',
        message: `Đồng chí ${official.name} được ghi chức danh khác nhau trong cùng bài (trước đó: «${earlier.fact.titles.join(', ')}»).`,
        suggestion: earlier.fact.titles.join(', '),
      });
    }
  }
  return findings;
}

const DAY_PARTS: { word: string; from: number; to: number }[] = [
  { word: 'Sáng', from: 5, to: 10 },
  { word: 'Trưa', from: 11, to: 12 },
  { word: 'Chiều', from: 13, to: 17 },
  { word: 'Tối', from: 18, to: 23 },
];

export function dayPart(hour: number): string {
  return DAY_PARTS.find((part) => hour >= part.from && hour <= part.to)?.word ?? 'Ngày';
}

function leadDateRule(lead: string, event: EventDate): PlacedFinding[] {
  const findings: PlacedFinding[] = [];
  const place = { field: 'lead' as const, block: 0 };
  const date = /(?<!\d)(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?!\d)/u.exec(lead);
  const expected = `${event.day}/${event.month}`;
  if (!date) {
    if (lead.trim()) {
      findings.push({ ...place, rule: 'lead-date', severity: 'info', start: 0, end: 0, text: '', message: `Sapo chưa nêu ngày diễn ra sự kiện (${expected}).`, suggestion: null });
    }
    return findings;
  }
  const [written, day, month, year] = date;
  if (Number(day) !== event.day || Number(month) !== event.month || (year && Number(year) !== event.year)) {
    findings.push({
      ...place,
      rule: 'lead-date',
      severity: 'error',
      start: date.index,
      end: date.index + written.length,
      text: written,
      message: `Ngày trong sapo («${written}») khác ngày diễn ra sự kiện (${event.day}/${event.month}/${event.year}).`,
      suggestion: year ? `${expected}/${event.year}` : expected,
    });
  }
  const part = /^(Sáng|Trưa|Chiều|Tối)(?=\s)/u.exec(lead);
  if (part && event.hour !== undefined) {
    const right = dayPart(event.hour);
    if (right !== 'Ngày' && right !== part[1]) {
      findings.push({
        ...place,
        rule: 'lead-date',
        severity: 'warning',
        start: 0,
        end: part[1].length,
        text: part[1],
        message: `Sự kiện diễn ra lúc ${event.hour} giờ: nên viết «${right}» thay cho «${part[1]}».`,
        suggestion: right,
      });
    }
  }
  return findings;
}

/** A plain text file as the checker sees it: one block per line, findings with offsets in the whole text. */
export function checkPlainText(text: string, checker: StyleChecker): Finding[] {
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line.replace(/\r$/, ''), offset });
    offset += line.length + 1;
  }
  const placed = checker.checkArticle({ title: '', lead: '', byline: '', blocks: lines.map((line) => line.text) });
  return placed
    .map(({ field: _field, block, ...item }) => ({ ...item, start: item.start + lines[block].offset, end: item.end + lines[block].offset }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
