import { join } from 'node:path';
import type { Article } from '../../../shared/article/model';
import { articleText } from '../../../shared/article/summary';
import { foldForSearch, matchesSearchable, searchableWords } from '../../../shared/text/normalize';
import { SearchStore, type SearchDoc } from '../search/search-store';
import { eventKind } from '../../../shared/search/kinds';
import type { Snippet } from '../../../shared/search/snippet';

/** How far the index is from the article files while it is being filled: for the progress bar. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** Articles read and indexed per step; between steps the services answer other calls. */
const BATCH = 100;

export function searchDoc(article: Article): SearchDoc {
  return {
    id: article.id,
    source: 'own',
    date: article.updatedAt,
    stamp: article.updatedAt,
    title: article.title,
    text: articleText({ ...article, title: '' }).trim(),
    // The same kinds as the archive's, so that one filter finds both: from what the template was told, else the title.
    kind: eventKind(String(article.template?.values?.kind ?? '')) || eventKind(article.title),
    // The portal's category it goes to, as the archive's posts have theirs: one filter for both.
    category: article.categories?.[0] ?? '',
  };
}

/**
 * The office's own articles in the full-text index on disk (SearchStore): kept current by every write, and
 * brought up to date with the article files in the background after start-up (an index that is missing, damaged,
 * or behind because the app was killed). Start-up never waits for it: until an article is indexed, its title
 * answers for it. Where the index cannot be opened (a read-only folder), search reads titles only, and says so
 * through `available`.
 */
export class ArticleSearch {
  private readonly store: SearchStore | null;
  /** What the index holds of each article: its stamp (the time it was saved). */
  private readonly stamps: Map<string, number>;
  private filling: Promise<void> | null = null;
  private progress: IndexProgress | null = null;

  constructor(
    dataDir: string | null,
    private readonly onProgress: (progress: IndexProgress | null) => void = () => undefined,
  ) {
    let store: SearchStore | null = null;
    try {
      if (dataDir !== null) store = SearchStore.open(join(dataDir, 'search', 'index.sqlite'));
    } catch {
      store = null;
    }
    this.store = store;
    this.stamps = store?.stamps('own') ?? new Map();
  }

  /** The index itself, for the other things it holds (the portal's archive): one file, one connection. */
  get index(): SearchStore | null {
    return this.store;
  }

  get available(): boolean {
    return this.store !== null;
  }

  /** Where filling the index is; null when it is up to date. */
  status(): IndexProgress | null {
    return this.progress;
  }

  set(article: Article): void {
    if (!this.store) return;
    // In the trash: out of the index (the trash is searched by title), back in when restored.
    if (article.deletedAt !== null) {
      this.delete(article.id);
      return;
    }
    try {
      this.store.put([searchDoc(article)]);
      this.stamps.set(article.id, article.updatedAt);
    } catch {
      // The index is a cache: a failed write leaves the article to be indexed again at the next start.
      this.stamps.delete(article.id);
    }
  }

  delete(id: string): void {
    if (!this.store) return;
    try {
      this.store.remove([id]);
    } finally {
      this.stamps.delete(id);
    }
  }

  /**
   * Of `items`, those matching the query: by the index for what it holds as it is now, by title for the rest
   * (an article saved while the app was closed, or all of them while the index is being filled).
   */
  filter<T extends { id: string; title: string; updatedAt: number }>(items: T[], query: string): T[] {
    const folded = foldForSearch(query);
    const found = this.store?.matchingIds(query, 'own') ?? null;
    return items.filter((item) =>
      found !== null && this.stamps.get(item.id) === item.updatedAt ? found.has(item.id) : matchesSearchable(searchableWords(item.title), folded),
    );
  }

  /** Where each of these articles says what was searched for (those the index holds). */
  snippets(ids: string[], query: string): Map<string, Snippet> {
    try {
      return this.store?.snippets(ids, query) ?? new Map();
    } catch {
      return new Map();
    }
  }

  /**
   * Brings the index up to date with the library: indexes what is missing or older, drops what is gone. A few
   * articles a step, the progress told as it goes; calling it again while it runs returns the same work.
   */
  fill(library: { id: string; updatedAt: number; deletedAt: number | null }[], load: (id: string) => Promise<Article | null>): Promise<void> {
    if (!this.store) return Promise.resolve();
    this.filling ??= (async () => {
      const store = this.store as SearchStore;
      library = library.filter((item) => item.deletedAt === null);
      const present = new Set(library.map((item) => item.id));
      const gone = [...this.stamps.keys()].filter((id) => !present.has(id));
      store.remove(gone);
      for (const id of gone) this.stamps.delete(id);
      const stale = library.filter((item) => this.stamps.get(item.id) !== item.updatedAt).map((item) => item.id);
      if (stale.length === 0) return;
      this.tell({ done: 0, total: stale.length });
      for (let start = 0; start < stale.length; start += BATCH) {
        const articles = (await Promise.all(stale.slice(start, start + BATCH).map((id) => load(id).catch(() => null)))).filter(
          (article): article is Article => article !== null,
        );
        // A save may have indexed an article meanwhile: what it wrote is newer than what was read here.
        const current = articles.filter((article) => (this.stamps.get(article.id) ?? -1) < article.updatedAt);
        store.put(current.map(searchDoc));
        for (const article of current) this.stamps.set(article.id, article.updatedAt);
        this.tell({ done: Math.min(stale.length, start + BATCH), total: stale.length });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })()
      .catch(() => undefined)
      .finally(() => {
        this.filling = null;
        this.tell(null);
      });
    return this.filling;
  }

  private tell(progress: IndexProgress | null): void {
    this.progress = progress;
    this.onProgress(progress);
  }

  close(): void {
    this.store?.close();
  }
}
