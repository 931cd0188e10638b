import type { Editor } from '@tiptap/react';
import { useCallback, useState } from 'react';

/**
 * The link dialog's words. They are kept when the dialog opens: while it has the focus, the editor's own
 * selection can be reset by the browser, and the link must still land on what was selected.
 */
export function useLinkDialog(editor: Editor | null) {
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const open = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    const { from, to } = editor.state.selection;
    setRange({ from, to });
  }, [editor]);
  return { range, open, close: () => setRange(null) };
}
