import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { useEditor, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/article/model';
import { useToast } from '../../components/toast';
import { useOffice } from '../../office/office-context';
import { articleExtensions } from '../extensions';
import { CommentHighlights } from '../extensions/comment-highlights';
import { LegacyText } from '../extensions/legacy-text';
import type { ArticleDraft } from '../draft/article-draft';

interface Options {
  article: Article;
  draft: ArticleDraft;
  /** Read-only for a reason of the screen (no profile, «Chỉ xem»); a body the editor cannot show adds its own. */
  readOnly: boolean;
  /** A click on an underlined word (the findings open). */
  onFindingClick: () => void;
  /** A Word or text file dropped in the text, at the caret now placed where it was dropped. */
  onDropFile: (file: File) => void;
}

/**
 * TipTap's `EditorContent` hands the view its node views a second time when it mounts (for React node views, which
 * need the mounted component). The second set is new functions, so ProseMirror draws the whole document again — a
 * 20,000-word article twice on opening, the second time in the page, with its layout. This editor's node views are
 * plain DOM (the figure) and need nothing of the component: the ones the view was made with are kept.
 */
function keepNodeViews(editor: Editor): void {
  editor.createNodeViews = () => undefined;
}

/**
 * The TipTap editor of the article's body: the article's extensions with the office's directory and codes, the
 * stored body checked against the schema (a body it cannot show whole is shown read-only and never saved over),
 * edits told to the draft. The editor never re-renders React on a transaction.
 */
export function useBodyEditor({ article, draft, readOnly, onFindingClick, onDropFile }: Options) {
  const toast = useToast();
  const { office } = useOffice();
  const officeRef = useRef(office);
  const handlers = useRef({ onFindingClick, onDropFile, toast });
  useEffect(() => {
    officeRef.current = office;
    handlers.current = { onFindingClick, onDropFile, toast };
  });
  const [bodyProblem, setBodyProblem] = useState(false);
  const broken = useRef(false);
  const editor = useEditor({
    extensions: [
      ...articleExtensions({
        placeholder: 'Nội dung bài viết: bắt đầu gõ ở đây… (gõ @ và vài chữ của tên để chèn người trong danh bạ)',
        aids: {
          officials: () => officeRef.current?.officials ?? [],
          code: (code) => officeRef.current?.codes.find((entry) => entry.code === code)?.text,
        },
      }),
      CommentHighlights,
      LegacyText.configure({ onConverted: (message) => handlers.current.toast.show(message) }),
    ],
    content: article.body,
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'prose', 'aria-label': 'Nội dung bài viết', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' },
      handleClick: (_view, _pos, event) => {
        if ((event.target as HTMLElement | null)?.closest('.style-issue')) handlers.current.onFindingClick();
        return false;
      },
      handleDrop: (view, event) => {
        const file = [...(event.dataTransfer?.files ?? [])].find((item) => /\.(docx?|txt)$/i.test(item.name));
        if (!file || !view.editable) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
        handlers.current.onDropFile(file);
        return true;
      },
    },
    // Before the view exists: TipTap's «create» event comes after EditorContent has mounted.
    onBeforeCreate: ({ editor: created }) => keepNodeViews(created),
    onCreate: ({ editor: created }) => {
      // TipTap's content check on the stored JSON only: later insertions stay lenient.
      try {
        created.schema.nodeFromJSON(article.body).check();
      } catch {
        broken.current = true;
        setBodyProblem(true);
      }
    },
    onUpdate: () => {
      if (!broken.current) draft.bodyEdited();
    },
  });
  const locked = readOnly || bodyProblem;
  useEffect(() => {
    // No update event: switching to reading is not an edit.
    if (editor && !editor.isDestroyed && editor.isEditable === locked) editor.setEditable(!locked, false);
  }, [editor, locked]);
  /** The body to save: never what the editor shows of a body it could not load (the part it could not show is missing). */
  const body = (): Article['body'] => (broken.current || !editor || editor.isDestroyed ? article.body : (editor.getJSON() as Article['body']));
  /** The document behind `body` (ProseMirror's, unchanging), or null when the body to save is the stored one. */
  const doc = (): ProseMirrorNode | null => (broken.current || !editor || editor.isDestroyed ? null : editor.state.doc);
  return { editor, bodyProblem, readOnly: locked, body, doc };
}
