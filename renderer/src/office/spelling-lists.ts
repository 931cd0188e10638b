// The spelling lists, shipped inside the page's code in a chunk of their own: the services read the same files
// (electron/services/style-defaults.ts), so both sides check with the same lists; the page loads them after its
// first screen (spelling-lexicon.ts), so opening an article never waits for them.
import syllables from '../../../resources/dictionaries/vi-syllables.txt?raw';
import words from '../../../resources/dictionaries/vi-words.txt?raw';
import frequent from '../../../resources/dictionaries/vi-frequent.txt?raw';

export const lists = { syllables, words, frequent };
