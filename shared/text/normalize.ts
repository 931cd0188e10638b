/** Every string we store goes through here: Unicode NFC, as the portal and the style checker expect. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds Vietnamese text for search: no diacritics, no case, single spaces.
 * "Ủy ban" and "Uỷ ban" both fold to "uy ban"; "Đảng" folds to "dang".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ\u00d0]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs (folded) in the folded haystack. */
export function matchesFolded(foldedHaystack: string, foldedQuery: string): boolean {
  if (foldedQuery === '') return true;
  if (foldedHaystack.includes(foldedQuery)) return true;
  const words = foldedQuery.split(' ');
  if (words.length === 1) return false;
  return words.every((word) => foldedHaystack.includes(word));
}
