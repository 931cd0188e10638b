import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../../../shared/article/model';
import { ArticleDraft, type ContentChange, type DraftState } from '../draft/article-draft';

/**
 * The open article's draft (one per article opened). It re-renders nothing by itself: each component reads the
 * parts it shows with useDraftValue, so a save's new revision re-renders the header, not the screen.
 */
export function useArticleDraft(article: Article): ArticleDraft {
  const [draft] = useState(() => new ArticleDraft(article));
  return draft;
}

/** Calls `listener` (its latest version) after every change of the draft's content. */
export function useContentChange(draft: ArticleDraft, listener: (change: ContentChange) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => draft.onContentChange((change) => latest.current(change)), [draft]);
}

/** One part of the draft's state (a primitive or an object kept while unchanged): re-renders only when it changes. */
export function useDraftValue<Value>(draft: ArticleDraft, select: (state: DraftState) => Value): Value {
  return useSyncExternalStore(draft.subscribe, () => select(draft.current));
}
