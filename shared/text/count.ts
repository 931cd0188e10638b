/** Word count as a Word user expects it: runs of letters or digits separated by spaces or punctuation. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-/.]*/gu);
  return matches ? matches.length : 0;
}

/** Characters as a reader sees them (grapheme clusters), without line breaks. */
export function countCharacters(text: string): number {
  const withoutBreaks = text.replace(/\n/g, '');
  let count = 0;
  for (const char of withoutBreaks.normalize('NFC')) {
    if (!/\p{M}/u.test(char)) count += 1;
  }
  return count;
}
