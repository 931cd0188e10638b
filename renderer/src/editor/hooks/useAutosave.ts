import { useEffect, useMemo, useRef, useState } from 'react';
import { ARTICLE_STATUS_LABELS, type DocNode } from '../../../../shared/article/model';
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
 * and on the way out of the editor. `markSaved` is for content taken over from the services (a restore).
 */
export function useAutosave({ articleId, draft, body, savedAt, onVersionCreated }: Options) {
  const toast = useToast();
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: savedAt });
  const latest = useRef({ body, onVersionCreated, toast });
  useEffect(() => {
    latest.current = { body, onVersionCreated, toast };
  });
  const autosave = useMemo(
    () =>
      new Autosave({
        read: () => ({ ...draft.current.fields, template: draft.current.binding, body: latest.current.body() }),
        persist: async (content, { keepalive }) => {
          const result = await call('articles.save', { id: articleId, baseRevision: draft.current.revision, ...content }, { keepalive });
          const before = draft.adopt(result);
          if (editReopens(before) && !editReopens(result.status)) {
            latest.current.toast.show(`Bài đã quay lại «${ARTICLE_STATUS_LABELS[result.status]}» vì nội dung được sửa sau khi duyệt.`);
          }
          if (result.versionCreated) latest.current.onVersionCreated();
          return result;
        },
        onState: setSaveState,
        errorMessage,
      }),
    [articleId, draft],
  );

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

  const markSaved = (at: number): void => setSaveState({ kind: 'saved', at });
  return { autosave, saveState, markSaved };
}
