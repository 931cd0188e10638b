import { useSyncExternalStore } from 'react';
import { Lexicon } from '../../../shared/spelling/lexicon';

let lexicon: Lexicon | null = null;
let loading: Promise<Lexicon> | null = null;
const listeners = new Set<() => void>();

/** When the page has a moment: the lists are read and indexed after the screen that asked for them is drawn. */
function idle(): Promise<void> {
  return new Promise((resolve) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => resolve(), { timeout: 1000 }) : window.setTimeout(resolve, 0)));
}

/** The shipped spelling lists ready for lookups: loaded and built once for the page, after its first screen. */
export function loadSpellingLexicon(): Promise<Lexicon> {
  loading ??= import('./spelling-lists').then(async ({ lists }) => {
    await idle();
    lexicon = new Lexicon(lists);
    for (const listener of listeners) listener();
    return lexicon;
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadSpellingLexicon();
  return () => listeners.delete(listener);
}

/** The lexicon once it is built (null before: the checker waits for it; nothing is checked without spelling). */
export function useSpellingLexicon(): Lexicon | null {
  return useSyncExternalStore(subscribe, () => lexicon);
}
