import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { PlacedFinding } from '../../../../shared/style/types';
import { textBlocks } from '../extensions/style-check/style-check';

export interface SpellingMenuState {
  finding: PlacedFinding;
  x: number;
  y: number;
}

/**
 * The editor's context menu on a spelling underline: a right click on it, or Shift+F10 / the menu key with the
 * caret in it (the keys Word users know), opens the suggestions where the word is.
 */
export function useSpellingMenu(editor: Editor | null, latestFindings: () => readonly PlacedFinding[]) {
  const [menu, setMenu] = useState<SpellingMenuState | null>(null);
  const latest = useRef(latestFindings);
  useEffect(() => {
    latest.current = latestFindings;
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const view = editor.view;
    /** The spelling finding at a position of the document, if the last check had one there. */
    const findingAt = (pos: number): PlacedFinding | null => {
      const blocks = textBlocks(view.state.doc);
      return (
        latest.current().find((finding) => {
          if (finding.rule !== 'spelling' || finding.field !== 'body') return false;
          const block = blocks[finding.block];
          return block !== undefined && pos >= block.from + finding.start && pos <= block.from + finding.end;
        }) ?? null
      );
    };
    const onContextMenu = (event: MouseEvent): void => {
      if (!(event.target as HTMLElement | null)?.closest('.spelling-issue')) return;
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      const finding = at ? findingAt(at.pos) : null;
      if (!finding) return;
      event.preventDefault();
      setMenu({ finding, x: event.clientX, y: event.clientY });
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!((event.shiftKey && event.key === 'F10') || event.key === 'ContextMenu')) return;
      // Where the caret is in the page: the editor's own selection follows a click a moment later.
      const selection = document.getSelection();
      let pos = view.state.selection.from;
      if (selection?.anchorNode && view.dom.contains(selection.anchorNode)) pos = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
      const finding = findingAt(pos);
      if (!finding) return;
      event.preventDefault();
      const coords = view.coordsAtPos(pos);
      setMenu({ finding, x: coords.left, y: coords.bottom });
    };
    view.dom.addEventListener('contextmenu', onContextMenu);
    view.dom.addEventListener('keydown', onKeyDown);
    return () => {
      view.dom.removeEventListener('contextmenu', onContextMenu);
      view.dom.removeEventListener('keydown', onKeyDown);
    };
  }, [editor]);

  const close = (): void => {
    setMenu(null);
    if (editor && !editor.isDestroyed) editor.commands.focus();
  };
  return { menu, close };
}
