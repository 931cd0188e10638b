import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { DocNode } from '../../../../shared/article/model';
import { ARTICLE_STATUS_LABELS } from '../../../../shared/article/status';
import { editReopens } from '../../../../shared/workflow/machine';
import { call, errorMessage } from '../../api';
import { useToast } from '../../components/toast';
import { Autosave, type SaveState } from '../autosave';
import type { ArticleDraft } from '../draft/article-draft';
import { useContentChange } from './useArticleDraft';

interface Options {
  articleId: string;
  draft: ArticleDraft;
  /** The body to save now (the editor's, or the stored one when the editor could not show it whole). */
  body: () => DocNode;
  /** When the article was last saved (its stored time), for the indicator before the first edit. */
  savedAt: number;
  /** A save made a version (the versions panel reloads). */
  onVersionCreated: () => void;
}

/**
 * Saves the draft shortly after every edit (fields, body, template), one save at a time, with the base revision
 * the draft holds; the answer goes back into the draft. Flushes with keepalive when the page is hidden or left,
 * and on the way out of the editor. Its state is read where it is shown (useSaveState), not here: a save
 * re-renders the indicator, not the screen.
 */
export function useAutosave({ articleId, draft, body, savedAt, onVersionCreated }: Options) {
  const toast = useToast();
  const latest = useRef({ body, onVersionCreated, toast });
  useEffect(() => {
    latest.current = { body, onVersionCreated, toast };
  });
  const autosave = useMemo(() => {
    // This editor, to the services: its saves are told apart from another window's, and a late one from a later one.
    const writerId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    return new Autosave({
      read: () => ({ ...draft.current.fields, template: draft.current.binding, body: latest.current.body() }),
      persist: async (content, { keepalive, sequence }) => {
        const writer = { id: writerId, sequence };
        const result = await call('articles.save', { id: articleId, baseRevision: draft.current.revision, writer, ...content }, { keepalive });
        const before = draft.adopt(result);
        if (editReopens(before) && !editReopens(result.status)) {
          latest.current.toast.show(`Bài đã quay lại «${ARTICLE_STATUS_LABELS[result.status]}» vì nội dung được sửa sau khi duyệt.`);
        }
        if (result.versionCreated) latest.current.onVersionCreated();
        return result;
      },
      initial: { kind: 'saved', at: savedAt },
      errorMessage,
    });
    // The stored time only matters for the first state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId, draft]);

  useContentChange(draft, (change) => {
    if (change !== 'restored') autosave.changed();
  });

  useEffect(() => {
    const flushKeepalive = (): void => {
      if (autosave.hasUnsavedChanges) void autosave.flush({ keepalive: true });
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flushKeepalive();
    };
    window.addEventListener('pagehide', flushKeepalive);
    window.addEventListener('beforeunload', flushKeepalive);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushKeepalive);
      window.removeEventListener('beforeunload', flushKeepalive);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [autosave]);

  return autosave;
}

export type SaveStateSource = Pick<Autosave<unknown>, 'state' | 'subscribe'>;

/** The save state, re-rendering only the component that shows it, and only when it changes. */
export function useSaveState(autosave: SaveStateSource): SaveState {
  return useSyncExternalStore(autosave.subscribe, autosave.state);
}
