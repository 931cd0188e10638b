import type { Confusion, Lexicon } from '../spelling/lexicon';
import type { ToneStyle } from './tone';

export const STYLE_RULES = [
  'abbreviation',
  'lookalike',
  'nfd',
  'control-character',
  'missing-space',
  'space-before-punctuation',
  'double-space',
  'unbalanced',
  'tone-style',
  'person-title',
  'capitalisation',
  'lead-date',
  'spelling',
] as const;
export type StyleRule = (typeof STYLE_RULES)[number];

/** `error` must be fixed before submitting; `warning` should be looked at; `info` is a hint. */
export type Severity = 'error' | 'warning' | 'info';

export type ArticleField = 'title' | 'lead' | 'body' | 'byline';

export interface Finding {
  rule: StyleRule;
  severity: Severity;
  /** Offsets in UTF-16 code units within the checked text (a field, or one block of the body). */
  start: number;
  end: number;
  text: string;
  message: string;
  /** What replaces `text` in one click, or null when a person must decide. */
  suggestion: string | null;
  /** Other replacements a person may choose (spelling), the suggestion first among them. */
  alternatives?: string[];
}

export interface PlacedFinding extends Finding {
  field: ArticleField;
  /** Index of the body block (paragraph, heading, list item, caption) for body findings; 0 elsewhere. */
  block: number;
}

export interface Official {
  name: string;
  titles: string[];
}

export interface EventDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
}

export interface StyleConfig {
  /** Known abbreviations, most frequent first (the first near match is the one suggested). */
  abbreviations: string[];
  /** Proper names of bodies as they must be capitalised. */
  properNames: string[];
  /** The office's tone placement, or 'auto': only flag an article that mixes both. */
  toneStyle: ToneStyle | 'auto';
  officials: Official[];
  /** The event's date (from the template's fields) that the lead must agree with. */
  eventDate?: EventDate | null;
  /** Spelling, when the office checks it: the shipped lists, the office's confusions and words, how serious a finding is. */
  spelling?: SpellingConfig | null;
}

export interface SpellingConfig {
  lexicon: Lexicon;
  confusions: Confusion[];
  /** The office's dictionary: words never flagged. */
  words: string[];
  /** Words this article leaves alone («Bỏ qua»). */
  ignored?: string[];
  /** `warning` by default; `error` when the office makes spelling block a submission. */
  severity: Severity;
}

export interface ArticleTexts {
  title: string;
  lead: string;
  /** The body as text blocks: paragraphs, headings, list items, captions. */
  blocks: string[];
  byline: string;
}
