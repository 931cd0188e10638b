/** A piece of an article's text around what was found, with the found words marked ([start, end) in `text`). */
export interface Snippet {
  text: string;
  marks: [number, number][];
}

/** Each folded letter and every way Vietnamese writes it (case and diacritics), for a pattern over the text as stored. */
const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  d: 'dđ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
};

const patterns = new Map<string, RegExp>();

/** The words found that are weighed for the snippet's place: the first ones (a long article need not be read whole). */
const MOST_FOUND = 80;

/**
 * A pattern that finds, in NFC text, the words starting like any of the folded `words`, whatever their accents and
 * case: one pass of the regular-expression engine over the original text, no folded copy of it.
 */
function wordsPattern(words: string[]): RegExp {
  const key = words.join(' ');
  let pattern = patterns.get(key);
  if (!pattern) {
    const alternatives = [...words]
      .sort((a, b) => b.length - a.length)
      .map((word) =>
        [...word]
          .map((letter) => {
            const variants = VARIANTS[letter];
            return variants ? `[${variants}${variants.toUpperCase()}]` : letter.replace(/[^a-z0-9]/g, '');
          })
          .join(''),
      );
    // Starts a word; goes on to the end of that word.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'giu');
    if (patterns.size > 200) patterns.clear();
    patterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * The stretch of `text` where the query's words stand closest together, about `length` characters, cut at word
 * boundaries, each word that starts like a query word marked. Works on the text as stored (NFC), so the marks
 * fall on what the person sees. `more`: the text given is the start of a longer one (the snippet then ends in «…»).
 */
export function makeSnippet(text: string, queryWords: string[], length = 180, more = false): Snippet {
  const found: { start: number; end: number; word: string }[] = [];
  if (queryWords.length > 0) {
    // Where to look: around the word whose first appearance comes last (in practice the rarest: a name among common
    // words), so a long article is not scanned for every «văn» before its one «Hùng». One word: from the start.
    let anchor = 0;
    if (queryWords.length > 1) {
      for (const word of queryWords) {
        const first = wordsPattern([word]).exec(text);
        if (first && first.index > anchor) anchor = first.index;
      }
    }
    const pattern = wordsPattern(queryWords);
    pattern.lastIndex = Math.max(0, anchor - length);
    const until = anchor + length;
    for (let match = pattern.exec(text); match !== null && match.index < until && found.length < MOST_FOUND; match = pattern.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, word: match[0].toLowerCase() });
    }
  }
  let from = 0;
  if (found.length > 0) {
    // The window that holds the most distinct words found; the earliest of those (two pointers, one pass).
    const inWindow = new Map<string, number>();
    let best = 0;
    let last = 0;
    for (let first = 0; first < found.length; first += 1) {
      while (last < found.length && found[last].end - found[first].start <= length) {
        inWindow.set(found[last].word, (inWindow.get(found[last].word) ?? 0) + 1);
        last += 1;
      }
      if (inWindow.size > best) {
        best = inWindow.size;
        from = found[first].start;
      }
      const leaving = found[first].word;
      const left = (inWindow.get(leaving) ?? 1) - 1;
      if (left === 0) inWindow.delete(leaving);
      else inWindow.set(leaving, left);
    }
    from = Math.max(0, from - Math.floor(length / 4));
  }
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < from + 20 ? space + 1 : from;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  const before = from > 0 ? '…' : '';
  const after = to < text.length || more ? '…' : '';
  const marks = found
    .filter((item) => item.start >= from && item.end <= to)
    .map((item): [number, number] => [item.start - from + before.length, item.end - from + before.length]);
  return { text: before + text.slice(from, to) + after, marks };
}

/** Whether a snippet marks every one of the query's words (each mark read folded, a word found by its start). */
export function marksEveryWord(snippet: Snippet, queryWords: string[], fold: (text: string) => string): boolean {
  const marked = snippet.marks.map(([start, end]) => fold(snippet.text.slice(start, end)));
  return queryWords.every((word) => marked.some((found) => found.startsWith(word)));
}
