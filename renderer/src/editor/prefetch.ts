import type { Article } from '../../../shared/article/model';
import { call } from '../api';

/** A prefetched article older than this is read again: the page took long to show it. */
const FRESH_MS = 5_000;

const pending = new Map<string, { at: number; article: Promise<Article> }>();

/**
 * Starts reading an article before its editor is loaded: when the app starts on an article's address, the
 * article comes over the wire while the editor's code does, instead of after it (the opening bench measures
 * this). Errors are the editor's to show, when it takes the result.
 */
export function prefetchArticle(id: string): void {
  if (pending.has(id)) return;
  const article = call('articles.get', { id });
  // Said by the editor when it takes it; never an unhandled rejection before that.
  article.catch(() => undefined);
  pending.set(id, { at: Date.now(), article });
}

/** The article, prefetched if it was (once, and while fresh), otherwise read now. */
export function takeArticle(id: string): Promise<Article> {
  const ready = pending.get(id);
  pending.delete(id);
  if (ready && Date.now() - ready.at < FRESH_MS) return ready.article;
  return call('articles.get', { id });
}
