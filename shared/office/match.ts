import type { Official } from './model';
import { foldForSearch } from '../text/normalize';

/** People whose name (any word, without diacritics) starts with what was typed. */
export function matchOfficials(officials: Official[], query: string, limit = 8): Official[] {
  const folded = foldForSearch(query);
  if (!folded) return officials.slice(0, limit);
  return officials
    .filter((official) => {
      const name = foldForSearch(official.name);
      return name.startsWith(folded) || name.split(' ').some((word) => word.startsWith(folded)) || name.includes(folded);
    })
    .slice(0, limit);
}
