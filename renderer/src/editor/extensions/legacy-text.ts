import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { detectLegacy, encodingOfFont, fromLegacy, type LegacyEncoding } from '../../../../shared/text/legacy-encoding';

export const LEGACY_LABELS: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI' };

export interface LegacyTextOptions {
  /** Told when text was converted: what, and whether one undo brings the original back. */
  onConverted: (message: string) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    legacyText: {
      /** Converts the selection (or, with none, the whole text) from TCVN3 or VNI; the encoding is found when not given. */
      convertLegacy: (encoding?: LegacyEncoding) => ReturnType;
    };
  }
}

/** Replaces each text node between from and to by its conversion, keeping the marks, as one step of the history. */
function convertRange(doc: PMNode, tr: Transaction, from: number, to: number, encoding: LegacyEncoding): number {
  const pieces: { from: number; to: number; text: string; node: PMNode }[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText || !node.text) return;
    const start = Math.max(from, pos);
    const end = Math.min(to, pos + node.text.length);
    const original = node.text.slice(start - pos, end - pos);
    const converted = fromLegacy(original, encoding);
    if (converted !== original) pieces.push({ from: start, to: end, text: converted, node });
  });
  for (const piece of pieces.reverse()) tr.replaceWith(piece.from, piece.to, doc.type.schema.text(piece.text, piece.node.marks));
  return pieces.length;
}

/** Text in a legacy font in pasted HTML (Word, LibreOffice): converted by the font it was typed in, capitals fonts as capitals. */
export function convertFontsInHtml(html: string): { html: string; encoding: LegacyEncoding | null } {
  if (!/\.vn|vni[- ]/i.test(html)) return { html, encoding: null };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let found: LegacyEncoding | null = null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let font: string | null = null;
    for (let element = node.parentElement; element && !font; element = element.parentElement) {
      // Read from the attribute: ".VnTimeH" unquoted is not valid CSS, and the browser's parser drops it.
      const declared = /font-family\s*:\s*([^;]+)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? element.getAttribute('face');
      font = declared ? declared.split(',')[0].replace(/["']|&quot;/g, '').trim() : null;
    }
    const legacy = encodingOfFont(font);
    if (!legacy || !node.textContent) continue;
    node.textContent = fromLegacy(node.textContent, legacy.encoding, { capitals: legacy.capitals });
    found = legacy.encoding;
  }
  return found ? { html: doc.body.innerHTML, encoding: found } : { html, encoding: null };
}

/** The slice with every text in NFC, marks and structure as they are. */
function nfcSlice(slice: Slice): Slice {
  const map = (fragment: Fragment): Fragment => {
    const children: PMNode[] = [];
    fragment.forEach((node) => {
      if (node.isText) children.push(node.type.schema.text((node.text ?? '').normalize('NFC'), node.marks));
      else children.push(node.copy(map(node.content)));
    });
    return Fragment.fromArray(children);
  };
  return new Slice(map(slice.content), slice.openStart, slice.openEnd);
}

const key = new PluginKey('legacyText');

/**
 * Old encodings in the editor, and composed letters in whatever is pasted. Pasted from Word with a legacy font: converted by the font. Pasted as
 * garbled text ("Héi nghÞ s¬ kÕt"): converted right after the paste, as its own step, so Ctrl+Z brings
 * the pasted text back as it was. And a command for a selection.
 */
export const LegacyText = Extension.create<LegacyTextOptions>({
  name: 'legacyText',

  addOptions() {
    return { onConverted: () => undefined };
  },

  addCommands() {
    return {
      convertLegacy:
        (encoding) =>
        ({ state, tr, dispatch }) => {
          const { from, to } = state.selection.empty ? { from: 0, to: state.doc.content.size } : state.selection;
          const found = encoding ?? detectLegacy(state.doc.textBetween(from, to, '\n', ' '));
          if (!found) return false;
          const count = convertRange(state.doc, tr, from, to, found);
          if (count === 0) return false;
          if (dispatch) this.options.onConverted(`Đã chuyển ${state.selection.empty ? 'cả bài' : 'đoạn chọn'} từ ${LEGACY_LABELS[found]} sang Unicode.`);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      // Unikey's shortcut for its converter, which press officers know.
      'Mod-Shift-F6': () => {
        if (this.editor.commands.convertLegacy()) return true;
        this.options.onConverted('Không nhận ra chữ TCVN3 hay VNI ở đây; chưa chuyển gì.');
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    // Set while a paste converted by its fonts is on its way: its text is Unicode already.
    let convertedByFont = false;
    return [
      new Plugin({
        key,
        props: {
          // Whatever the source (Word, LibreOffice, a web page, a Mac's decomposed letters): composed letters (NFC).
          transformPastedText(text) {
            return text.normalize('NFC');
          },
          transformPasted(slice) {
            return nfcSlice(slice);
          },
          transformPastedHTML(html) {
            const converted = convertFontsInHtml(html);
            convertedByFont = converted.encoding !== null;
            if (converted.encoding) options.onConverted(`Đoạn dán dùng phông ${LEGACY_LABELS[converted.encoding]} đã được chuyển sang Unicode.`);
            return converted.html;
          },
          handlePaste(view, _event, slice) {
            if (convertedByFont) {
              convertedByFont = false;
              return false;
            }
            const text = slice.content.textBetween(0, slice.content.size, '\n', ' ');
            const encoding = detectLegacy(text);
            if (!encoding) return false;
            // The paste goes in as it is, then the conversion as a step of its own, both here and now: no timer
            // between them, so a key pressed right after the paste (Ctrl+Z, a letter) finds both in place and
            // never meets a conversion still to come over text that is no longer the pasted one.
            const from = view.state.selection.from;
            view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
            const tr = closeHistory(view.state.tr);
            if (convertRange(view.state.doc, tr, from, view.state.selection.to, encoding) > 0) {
              view.dispatch(tr);
              options.onConverted(`Đoạn dán là chữ ${LEGACY_LABELS[encoding]} nên đã được chuyển sang Unicode. Bấm Ctrl+Z để giữ nguyên như lúc dán.`);
            }
            return true;
          },
        },
      }),
    ];
  },
});
