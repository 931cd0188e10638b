import { matchesSearchable, searchableWords } from '../../../shared/text/normalize';

/**
 * The distinct folded words (no diacritics, no case) of every article, held in memory so a search over ten
 * thousand articles is a scan of strings. Filled from the article files in the background after
 * start-up, and kept current by every save.
 */
export class SearchIndex {
  private readonly texts = new Map<string, string>();
  private warming: Promise<void> | null = null;

  set(id: string, text: string): void {
    this.texts.set(id, searchableWords(text));
  }

  delete(id: string): void {
    this.texts.delete(id);
  }

  has(id: string): boolean {
    return this.texts.has(id);
  }

  /** Loads what is missing with `load`, a few files at a time; calling it again returns the same work. */
  warm(ids: string[], load: (id: string) => Promise<string | null>, concurrency = 8): Promise<void> {
    if (!this.warming) {
      this.warming = (async () => {
        const queue = ids.filter((id) => !this.texts.has(id));
        const worker = async (): Promise<void> => {
          for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
            if (this.texts.has(id)) continue;
            const text = await load(id).catch(() => null);
            if (text !== null && !this.texts.has(id)) this.set(id, text);
          }
        };
        await Promise.all(Array.from({ length: concurrency }, worker));
      })();
    }
    return this.warming;
  }

  matches(id: string, foldedQuery: string): boolean {
    const text = this.texts.get(id);
    return text !== undefined && matchesSearchable(text, foldedQuery);
  }
}
