import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../../../shared/article/model';
import { ArticleDraft, type ContentChange, type DraftState } from '../draft/article-draft';

/** The open article's draft (one per article opened), and its state for this component. */
export function useArticleDraft(article: Article): [ArticleDraft, DraftState] {
  const [draft] = useState(() => new ArticleDraft(article));
  return [draft, useDraftState(draft)];
}

/** Re-renders the calling component when the draft's state changes (not when the body is typed in). */
export function useDraftState(draft: ArticleDraft): DraftState {
  return useSyncExternalStore(draft.subscribe, draft.snapshot);
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
