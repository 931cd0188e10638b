import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useState } from 'react';
import type { Comment } from '../../../../shared/workflow/model';
import { useToast } from '../../components/toast';
import { commentHighlightsKey, findQuote, highlightDecorations } from '../extensions/comment-highlights';

/**
 * The review's passages in the text: open comments' quotes highlighted, a comment's passage selected on demand,
 * and the passage selected now (to comment on), followed while `active`.
 */
export function useCommentHighlights(editor: Editor | null, active: boolean) {
  const toast = useToast();
  const [selection, setSelection] = useState('');
  useEffect(() => {
    if (!editor || !active) return;
    const read = (): void => {
      const { from, to } = editor.state.selection;
      setSelection(editor.state.doc.textBetween(from, to, ' ', ' '));
    };
    read();
    editor.on('selectionUpdate', read);
    return () => {
      editor.off('selectionUpdate', read);
    };
  }, [editor, active]);

  const highlight = useCallback(
    (comments: Comment[]) => {
      if (!editor || editor.isDestroyed) return;
      const quotes = comments.filter((comment) => !comment.resolved && comment.quote).map((comment) => comment.quote);
      editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, highlightDecorations(editor.state.doc, quotes)).setMeta('addToHistory', false));
    },
    [editor],
  );

  const showQuote = (quote: string): void => {
    const place = editor ? findQuote(editor.state.doc, quote) : null;
    if (editor && place) editor.chain().focus().setTextSelection(place).scrollIntoView().run();
    else toast.show('Đoạn này đã được sửa nên không còn trong bài.');
  };

  return { selection, highlight, showQuote };
}
