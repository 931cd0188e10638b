import { foldForSearch } from '../text/normalize';

/**
 * A search as a person types it: words (each may be the start of a word, as one types), and phrases in quotes
 * ("hội nghị sơ kết"), matched without diacritics. Where the query carries diacritics, the exact spelling is kept
 * too, so articles written with those very accents rank first.
 */
export interface ParsedQuery {
  /** Each a run of words that must stand together (one word for a plain term), folded. */
  groups: { words: string[]; phrase: boolean }[];
  /** The same groups, accents kept and lower-cased (matched against titles); null when the query has no diacritics to prefer. */
  exact: { words: string[]; phrase: boolean }[] | null;
  /** True when the last word is being typed (no space after it): it matches as a prefix. */
  prefixLast: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The shortest word being typed that is matched as the start of longer ones. */
export const PREFIX_FROM = 3;

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** A word folded the way the index folds: no diacritics, đ as d. */
export function foldWord(word: string): string {
  return foldForSearch(word).replace(/[^a-z0-9]/g, '');
}

export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC');
  const raw: { words: string[]; phrase: boolean }[] = [];
  const quoted = /"([^"]*)"?/g;
  let last = 0;
  let match: RegExpExecArray | null;
  while ((match = quoted.exec(text)) !== null) {
    for (const word of words(text.slice(last, match.index))) raw.push({ words: [word], phrase: false });
    const phrase = words(match[1]);
    if (phrase.length > 0) raw.push({ words: phrase, phrase: phrase.length > 1 });
    last = quoted.lastIndex;
  }
  for (const word of words(text.slice(last))) raw.push({ words: [word], phrase: false });
  const groups = raw.map((group) => ({ ...group, words: group.words.map(foldWord).filter(Boolean) })).filter((group) => group.words.length > 0);
  const accented = raw.some((group) => group.words.some((word) => foldWord(word) !== word));
  const endsInWord = /[\p{L}\p{N}]$/u.test(text) && (text.match(/"/g)?.length ?? 0) % 2 === 0;
  const prefixLast = endsInWord && raw.length > 0 && !raw[raw.length - 1].phrase;
  return { groups, exact: accented ? raw : null, prefixLast };
}

/** A word as an FTS5 string (always quoted: no word of a person's can be taken for an operator). */
function quote(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 MATCH expression for the folded columns, or the exact ones. Every group must match (AND); a phrase
 * matches its words in order; the last word, while being typed, as a prefix. Null when there is nothing to find.
 */
export function matchExpression(query: ParsedQuery, columns: 'folded' | 'exact'): string | null {
  const groups = columns === 'folded' ? query.groups : query.exact;
  if (!groups || groups.length === 0) return null;
  const scope = columns === 'folded' ? '{ftitle ftext}' : 'xtitle';
  const parts = groups.map((group, index) => {
    // A word being typed matches as a prefix from its third letter (the index keeps prefixes of three: docs/search.md).
    const last = group.words[group.words.length - 1];
    const prefix = query.prefixLast && index === groups.length - 1 && foldWord(last).length >= PREFIX_FROM ? '*' : '';
    if (group.words.length === 1) return `${quote(group.words[0])}${prefix}`;
    return `${quote(group.words.join(' '))}${prefix}`;
  });
  return `${scope} : (${parts.join(' AND ')})`;
}

/** The folded words of the query, for highlighting. */
export function highlightWords(query: ParsedQuery): string[] {
  return [...new Set(query.groups.flatMap((group) => group.words))];
}
