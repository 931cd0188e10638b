import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallOutput } from '../../../shared/api/contract';
import { call, errorMessage } from '../api';

export type LibraryItem = CallOutput<'articles.list'>['items'][number];
export type LibraryFilter = Omit<CallInput<'articles.list'>, 'offset' | 'limit'>;

/** Rows asked for at a time: a screenful several times over, one call. */
export const PAGE_ROWS = 100;

/** The library as it first shows: every article, the last edited first. */
export const FIRST_FILTER: LibraryFilter = { query: '', sort: 'updated-desc' };

let prefetched: { key: string; at: number; answer: Promise<CallOutput<'articles.list'>> } | null = null;

/**
 * Asks for the library's first rows before its code has run (the app started on the library): they come over the
 * wire while the page is being built, not after. Taken once, within a few seconds, by the first list of that filter.
 */
export function prefetchLibrary(): void {
  const answer = call('articles.list', { ...FIRST_FILTER, offset: 0, limit: PAGE_ROWS });
  answer.catch(() => undefined);
  prefetched = { key: JSON.stringify(FIRST_FILTER), at: Date.now(), answer };
}

function firstPage(filter: LibraryFilter): Promise<CallOutput<'articles.list'>> {
  const taken = prefetched;
  prefetched = null;
  if (taken && taken.key === JSON.stringify(filter) && Date.now() - taken.at < 5_000) return taken.answer;
  return call('articles.list', { ...filter, offset: 0, limit: PAGE_ROWS });
}

/**
 * The library's rows for a filter, a page at a time as they come into view: however long the library, the page
 * holds only what was looked at, and a filter that changes starts again (an answer for an older filter is
 * dropped). `total` comes with the first page.
 */
export function useArticlePages(filter: LibraryFilter, delay: number) {
  const pages = useRef(new Map<number, LibraryItem[]>());
  const asked = useRef(new Set<number>());
  const generation = useRef(0);
  const filterRef = useRef(filter);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Bumped when a page arrives: the rows read from `pages` are then read again.
  const [, setVersion] = useState(0);

  const fetchPage = useCallback((page: number, current: number): void => {
    asked.current.add(page);
    (page === 0 ? firstPage(filterRef.current) : call('articles.list', { ...filterRef.current, offset: page * PAGE_ROWS, limit: PAGE_ROWS }))
      .then((result) => {
        if (current !== generation.current) return;
        pages.current.set(page, result.items);
        setTotal(result.total);
        setError(null);
        setVersion((value) => value + 1);
      })
      .catch((caught: unknown) => {
        if (current !== generation.current) return;
        asked.current.delete(page);
        setError(errorMessage(caught));
      })
      .finally(() => {
        if (current === generation.current && page === 0) setLoading(false);
      });
  }, []);

  /** Forgets every row and asks again for the first page (and, through `need`, for those in view). */
  const reload = useCallback((): void => {
    generation.current += 1;
    pages.current = new Map();
    asked.current = new Set();
    setLoading(true);
    fetchPage(0, generation.current);
  }, [fetchPage]);

  const key = JSON.stringify(filter);
  useEffect(() => {
    filterRef.current = JSON.parse(key) as LibraryFilter;
    generation.current += 1;
    setLoading(true);
    // Nothing typed: at once (the first rows are what the person waits for at start-up).
    if (delay === 0) {
      reload();
      return;
    }
    const timer = window.setTimeout(reload, delay);
    return () => window.clearTimeout(timer);
  }, [key, delay, reload]);

  /** Asks for the pages holding rows [first, last) that are not here or on their way. */
  const need = useCallback(
    (first: number, last: number): void => {
      for (let page = Math.floor(first / PAGE_ROWS); page * PAGE_ROWS < last; page += 1) {
        if (!asked.current.has(page)) fetchPage(page, generation.current);
      }
    },
    [fetchPage],
  );

  const row = (index: number): LibraryItem | undefined => pages.current.get(Math.floor(index / PAGE_ROWS))?.[index % PAGE_ROWS];
  return { total, loading, error, row, need, reload };
}
