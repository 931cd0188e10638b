import type { Article } from '../../../shared/article/model';
import { call } from '../api';

/** A prefetched article older than this is read again: the page took long to show it. */
const FRESH_MS = 5_000;

interface Prefetched {
  at: number;
  article: Promise<Article>;
  /** The article once it has arrived: the editor's first render can use it at once. */
  value?: Article;
}

const pending = new Map<string, Prefetched>();

/**
 * Starts reading an article before its editor is loaded: when the app starts on an article's address, the
 * article comes over the wire while the editor's code does, instead of after it (the opening bench measures
 * this). Errors are the editor's to show, when it takes the result. Resolves when it has arrived (or failed).
 */
export function prefetchArticle(id: string): Promise<void> {
  const existing = pending.get(id);
  if (existing) return existing.article.then(() => undefined, () => undefined);
  const entry: Prefetched = { at: Date.now(), article: call('articles.get', { id }) };
  pending.set(id, entry);
  return entry.article.then(
    (article) => {
      entry.value = article;
    },
    // Said by the editor when it takes it; never an unhandled rejection before that.
    () => undefined,
  );
}

function fresh(id: string): Prefetched | undefined {
  const entry = pending.get(id);
  if (entry && Date.now() - entry.at >= FRESH_MS) pending.delete(id);
  return pending.get(id);
}

/** The prefetched article if it is already here and fresh, for a first render (taken by `takeArticle` after it). */
export function arrivedArticle(id: string): Article | null {
  return fresh(id)?.value ?? null;
}

/** The article, prefetched if it was (once, and while fresh), otherwise read now. */
export function takeArticle(id: string): Promise<Article> {
  const entry = fresh(id);
  pending.delete(id);
  return entry ? entry.article : call('articles.get', { id });
}
