import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { bodyChangeBetween, type BodyChange } from '../../../../shared/article/body-change';
import type { DocNode } from '../../../../shared/article/model';
import { ARTICLE_STATUS_LABELS } from '../../../../shared/article/status';
import { editReopens } from '../../../../shared/workflow/machine';
import { ApiCallError, call, errorMessage } from '../../api';
import { useToast } from '../../components/toast';
import { Autosave, type SaveState } from '../autosave';
import type { ArticleDraft } from '../draft/article-draft';
import { useContentChange } from './useArticleDraft';

interface Options {
  articleId: string;
  draft: ArticleDraft;
  /** The body to save now (the editor's, or the stored one when the editor could not show it whole). */
  body: () => DocNode;
  /**
   * The editor's document behind `body`, or null when `body` is not the editor's. With it, a save after this
   * editor's first sends only the blocks changed since its last save (issue 14: not 20,000 words per second).
   */
  doc?: () => ProseMirrorNode | null;
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
export function useAutosave({ articleId, draft, body, doc, savedAt, onVersionCreated }: Options) {
  const toast = useToast();
  const latest = useRef({ body, doc, onVersionCreated, toast });
  useEffect(() => {
    latest.current = { body, doc, onVersionCreated, toast };
  });
  const autosave = useMemo(() => {
    // This editor, to the services: its saves are told apart from another window's, and a late one from a later one.
    const writerId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    // The document this editor last saved, as the services hold it (revision), and which save it was.
    let saved: { doc: ProseMirrorNode; revision: number; sequence: number } | null = null;
    return new Autosave({
      // The document is taken as it is when the save starts (it never changes); its JSON is made only if sent whole.
      read: () => {
        const doc = latest.current.doc?.() ?? null;
        return { ...draft.current.fields, template: draft.current.binding, doc, body: doc ? null : latest.current.body() };
      },
      persist: async ({ doc, body: stored, ...content }, { keepalive, sequence }) => {
        const writer = { id: writerId, sequence };
        const save = (body: { body: DocNode } | { bodyChange: BodyChange }) =>
          call('articles.save', { id: articleId, baseRevision: draft.current.revision, writer, ...content, ...body }, { keepalive });
        const whole = () => save({ body: doc ? (doc.toJSON() as DocNode) : (stored ?? latest.current.body()) });
        // Leaving the page: whole, in case the save the change would be made on is still on its way.
        const change = doc && saved && !keepalive && saved.revision === draft.current.revision ? bodyChangeBetween(saved.doc, doc) : null;
        const result = change
          ? await save({ bodyChange: change }).catch((error: unknown) => {
              // Another save came in between (another window, a restart of the services): the body goes whole.
              if (error instanceof ApiCallError && error.code === 'OUT_OF_DATE') return whole();
              throw error;
            })
          : await whole();
        // A later save of this editor that answered first keeps its document as the one the services hold.
        if (doc && (!saved || sequence > saved.sequence)) saved = { doc, revision: result.revision, sequence };
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
