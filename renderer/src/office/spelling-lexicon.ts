import { Lexicon } from '../../../shared/spelling/lexicon';
// The lists ship inside the page's code: spelling works offline from the first keystroke, and the services read
// the same files (electron/services/style-defaults.ts), so both sides check with the same lists.
import syllables from '../../../resources/dictionaries/vi-syllables.txt?raw';
import words from '../../../resources/dictionaries/vi-words.txt?raw';
import frequent from '../../../resources/dictionaries/vi-frequent.txt?raw';

let lexicon: Lexicon | null = null;

/** The shipped spelling lists ready for lookups, built once for the page (a few milliseconds). */
export function spellingLexicon(): Lexicon {
  return (lexicon ??= new Lexicon({ syllables, words, frequent }));
}
