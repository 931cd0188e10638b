import type { Editor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { countCharacters, countWords } from '../../../shared/text/count';
import { countDocument, type Counts } from './doc-counts';
import type { ArticleDraft } from './draft/article-draft';
import { useDraftValue } from './hooks/useArticleDraft';

/** How long after the last change the counts are taken again: typing never waits for them. */
const COUNT_DELAY_MS = 250;

/**
 * The word and character count of the lead and body. It follows the editor by itself (every change of its
 * document, including a restore or a template's rewrite) and the draft's lead, so a keystroke re-renders this
 * footer, not the screen; and the body is counted block by block with the unchanged blocks' counts kept
 * (doc-counts.ts), so a keystroke in a long article recounts one paragraph.
 */
export function EditorFooter({ editor, draft }: { editor: Editor | null; draft: ArticleDraft }) {
  const lead = useDraftValue(draft, (state) => state.fields.lead);
  // Null until the body is first counted, when the browser has a moment after drawing the article.
  const [body, setBody] = useState<Counts | null>(null);
  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    const read = (): void => {
      timer = null;
      if (editor.isDestroyed) return;
      const next = countDocument(editor.state.doc);
      setBody((current) => (current && current.words === next.words && current.characters === next.characters ? current : next));
    };
    const later = ({ transaction }: { transaction: { docChanged: boolean } }): void => {
      if (!transaction.docChanged || timer !== null) return;
      timer = window.setTimeout(read, COUNT_DELAY_MS);
    };
    const first = window.requestIdleCallback(read, { timeout: 1000 });
    editor.on('transaction', later);
    return () => {
      window.cancelIdleCallback(first);
      editor.off('transaction', later);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editor]);
  const leadCounts = useMemo(() => ({ words: countWords(lead), characters: countCharacters(lead) }), [lead]);
  return (
    <footer className="editor-footer" aria-live="off">
      <span data-testid="word-count">{body ? (leadCounts.words + body.words).toLocaleString('vi-VN') : '…'} từ</span>
      <span data-testid="character-count">{body ? (leadCounts.characters + body.characters).toLocaleString('vi-VN') : '…'} ký tự</span>
      <span className="hint">Sapo và thân bài</span>
    </footer>
  );
}
