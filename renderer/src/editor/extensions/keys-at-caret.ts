import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** Where the page's selection is, as the page says it (nodes and offsets). */
export interface PageSelection {
  anchorNode: Node;
  anchorOffset: number;
  focusNode: Node;
  focusOffset: number;
}

/** The page's selection when it is inside this editor, else null. */
export function pageSelection(view: EditorView): PageSelection | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  return { anchorNode, anchorOffset, focusNode, focusOffset };
}

function same(a: PageSelection | null, b: PageSelection | null): boolean {
  return a === b || (!!a && !!b && a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset);
}

/**
 * The page's caret, when it has moved since the editor last looked (`seen`, the page's selection after the editor's
 * last update) and the editor has not read it yet: a transaction that puts the editor's selection there, or null.
 *
 * ProseMirror learns where a click put the caret from the page's «selectionchange» event, a task of its own that
 * input events already waiting can overtake on a busy main thread (a long article just opened). A click followed at
 * once by Enter, Backspace or Delete then reached ProseMirror's keymap first, and the key acted at the old caret —
 * the article's first line — instead of where the person had clicked. (The long-article e2e test failed once in CI
 * with that symptom; its second test makes the event late on purpose.) Letters are written by the page where its
 * caret is, so only the keys the editor handles itself went astray.
 * Only a caret or a range in text is taken: a selected photo, table cells or the gap cursor stay the editor's.
 */
export function caretFromPage(view: EditorView, seen: PageSelection | null): Transaction | null {
  if (!view.hasFocus()) return null;
  const page = pageSelection(view);
  if (!page || same(page, seen)) return null;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(page.anchorNode, page.anchorOffset);
    head = view.posAtDOM(page.focusNode, page.focusOffset);
  } catch {
    return null;
  }
  const { doc, selection } = view.state;
  if (anchor === selection.anchor && head === selection.head) return null;
  if (Math.min(anchor, head) < 0 || Math.max(anchor, head) > doc.content.size) return null;
  const $anchor = doc.resolve(anchor);
  const $head = doc.resolve(head);
  if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return null;
  return view.state.tr.setSelection(TextSelection.between($anchor, $head)).setMeta('pointer', true);
}

/** Before the editor handles a key itself, its selection is where the page's caret is (see `caretFromPage`). */
export const KeysAtCaret = Extension.create({
  name: 'keysAtCaret',
  addProseMirrorPlugins() {
    let seen: PageSelection | null = null;
    return [
      new Plugin({
        key: new PluginKey('keysAtCaret'),
        // After each update the editor has drawn its selection in the page (when it has the focus): what it knows.
        view: (view) => {
          seen = pageSelection(view);
          return {
            update: (updated) => {
              seen = pageSelection(updated);
            },
          };
        },
        props: {
          handleDOMEvents: {
            keydown: (view, event) => {
              // Keys typed in the body itself (not in a field inside a node), outside an input method's composition
              // (its keys are the page's, read by ProseMirror after).
              if (event.target !== view.dom || event.isComposing || event.keyCode === 229 || view.composing || !view.editable) return false;
              const tr = caretFromPage(view, seen);
              if (tr) view.dispatch(tr);
              // Never handled here: the key goes on to the editor's keymap, now at the right place.
              return false;
            },
          },
        },
      }),
    ];
  },
});
