import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Photo } from '../../../../shared/media/model';
import { call } from '../../api';
import { useToast } from '../../components/toast';
import type { ArticleDraft } from '../draft/article-draft';
import { figureCaptions, syncFigures } from '../extensions/figure/sync';
import { useContentChange } from './useArticleDraft';

/** After a pause in typing a caption in the text, it goes to the photo desk. */
const CAPTION_DELAY_MS = 800;

/**
 * The article's photos and its figures, which share one caption with the photo desk: the list is read when the
 * editor opens and when the window comes back into view (the desk may have changed captions), figures are brought
 * up to date from it, and a caption typed in the text is sent to the desk after a pause.
 */
export function useFigurePhotos(articleId: string, editor: Editor | null, draft: ArticleDraft) {
  const toast = useToast();
  const [photos, setPhotos] = useState<Photo[]>([]);
  const byId = useRef(new Map<string, Photo>());
  const timer = useRef<number | null>(null);

  const take = (list: Photo[]): void => {
    byId.current = new Map(list.map((photo) => [photo.id, photo]));
    setPhotos(list);
  };

  /** Reads the photos again and brings the figures up to date; resolves with the list and the cover. */
  const reload = useCallback(async (): Promise<{ photos: Photo[]; coverId: string | null }> => {
    const list = await call('photos.list', { articleId });
    take(list.photos);
    if (editor && !editor.isDestroyed) {
      const synced = syncFigures(editor.state.doc, editor.state.tr, byId.current);
      // Not an undo step; an update all the same, so the new captions are saved.
      if (synced) editor.view.dispatch(synced.setMeta('addToHistory', false));
    }
    return list;
  }, [articleId, editor]);

  useEffect(() => {
    if (!editor) return;
    reload().catch(() => undefined);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') reload().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [editor, reload]);

  const pushCaptions = (): void => {
    if (!editor || editor.isDestroyed) return;
    for (const { photoId, caption } of figureCaptions(editor.state.doc)) {
      const photo = byId.current.get(photoId);
      if (!photo || photo.caption === caption.trim()) continue;
      byId.current.set(photoId, { ...photo, caption: caption.trim() });
      call('photos.update', { articleId, photoIds: [photoId], edit: { caption } })
        .then(([updated]) => {
          byId.current.set(updated.id, updated);
          setPhotos([...byId.current.values()]);
        })
        .catch((error: unknown) => toast.error(error));
    }
  };
  useContentChange(draft, (change) => {
    if (change !== 'body') return;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(pushCaptions, CAPTION_DELAY_MS);
  });
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  /** Photos placed in the text without alt text (the check panel says how many). */
  const withoutAlt = (): number => (editor ? figureCaptions(editor.state.doc).filter(({ photoId }) => !byId.current.get(photoId)?.alt).length : 0);
  return { photos, reload, withoutAlt };
}
