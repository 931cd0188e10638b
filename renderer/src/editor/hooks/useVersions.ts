import type { Editor } from '@tiptap/react';
import { useCallback } from 'react';
import type { Article } from '../../../../shared/article/model';
import { formatTime } from '../../../../shared/format/date';
import { call } from '../../api';
import { useToast } from '../../components/toast';
import type { ArticleDraft } from '../draft/article-draft';

interface Options {
  articleId: string;
  draft: ArticleDraft;
  editor: Editor | null;
  autosave: { flush: () => Promise<void> };
  /** The restored content is what is stored: the indicator says saved. */
  markSaved: (at: number) => void;
  /** A version was made or restored (the versions panel reloads). */
  onChanged: () => void;
}

/** Saving a version (Ctrl+S), and restoring one with an undo. */
export function useVersions({ articleId, draft, editor, autosave, markSaved, onChanged }: Options) {
  const toast = useToast();

  const save = useCallback(async () => {
    try {
      await autosave.flush();
      const version = await call('versions.create', { id: articleId });
      onChanged();
      toast.show(`Đã lưu phiên bản lúc ${formatTime(version.createdAt)}.`);
    } catch (error) {
      toast.error(error);
    }
  }, [articleId, autosave, toast, onChanged]);

  const show = (restored: Article): void => {
    editor?.commands.setContent(restored.body, { emitUpdate: false });
    draft.replaceWith(restored);
    markSaved(restored.updatedAt);
    onChanged();
  };

  const restore = async (versionId: string, label: string): Promise<void> => {
    try {
      await autosave.flush();
      const result = await call('versions.restore', { id: articleId, versionId });
      show(result.article);
      toast.show(`Đã khôi phục phiên bản ${label}. Nội dung trước đó được giữ thành một phiên bản.`, {
        action: {
          label: 'Hoàn tác',
          run: () =>
            void call('versions.restore', { id: articleId, versionId: result.savedCurrentAs.id })
              .then((undone) => show(undone.article))
              .catch((error: unknown) => toast.error(error)),
        },
      });
    } catch (error) {
      toast.error(error);
    }
  };

  return { save, restore };
}
