import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/article/model';
import { call, onAppEvent } from '../../api';

interface Own {
  /** Waits for this window's own pending save (its event must not count as someone else's). */
  flush: () => Promise<unknown>;
  /** The revision this window last saved or read. */
  revision: () => number;
  /** What this window shows now of the fields. */
  mine: () => { title: string; lead: string; byline: string };
  /** Whether a stored body is the one shown now (compared as documents: the editor's JSON carries default attributes the stored one may not). */
  sameBody: (body: Article['body']) => boolean;
  /** The same text saved elsewhere with another status or revision (a job done): taken quietly. */
  adopt: (fresh: Article) => void;
}

/**
 * When the article was saved elsewhere (another window, a package, a pull from the portal) with other text: the
 * time it was, for the editor to say so; null otherwise. Follows the services' «article.changed» events.
 */
export function useChangedElsewhere(articleId: string, own: Own): number | null {
  const [changedAt, setChangedAt] = useState<number | null>(null);
  const latest = useRef(own);
  useEffect(() => {
    latest.current = own;
  });
  useEffect(
    () =>
      onAppEvent('article.changed', (changed) => {
        if (changed.id !== articleId) return;
        void latest.current.flush().then(async () => {
          if (changed.revision <= latest.current.revision()) return;
          const fresh = await call('articles.get', { id: articleId });
          const mine = latest.current.mine();
          const same = fresh.title === mine.title && fresh.lead === mine.lead && fresh.byline === mine.byline && latest.current.sameBody(fresh.body);
          if (same) latest.current.adopt(fresh);
          else setChangedAt(fresh.updatedAt);
        });
      }),
    [articleId],
  );
  return changedAt;
}
