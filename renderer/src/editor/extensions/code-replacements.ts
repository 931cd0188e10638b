import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export interface CodeReplacementsOptions {
  /** Looked up at each keystroke, so edits in the directory apply at once. */
  lookup: (code: string) => string | undefined;
}

const TRIGGER = /^[\s.,;:!?)]$/;
const CODE_BEFORE = /(?:^|[\s(“"])([a-z0-9đ]{2,12})$/u;

/**
 * Press "code replacements": type a short code the office defined, then a space or a punctuation mark,
 * and the code becomes its text (`ctt ` → "Chủ tịch UBND tỉnh "). As with Word's AutoCorrect, Ctrl+Z right
 * after it brings the code back: the replacement is an undo step of its own.
 */
export const CodeReplacements = Extension.create<CodeReplacementsOptions>({
  name: 'codeReplacements',
  addOptions() {
    return { lookup: () => undefined };
  },
  addProseMirrorPlugins() {
    const { lookup } = this.options;
    return [
      new Plugin({
        key: new PluginKey('codeReplacements'),
        props: {
          handleTextInput(view, from, to, text) {
            if (!TRIGGER.test(text) || from !== to) return false;
            const $from = view.state.doc.resolve(from);
            const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 14), $from.parentOffset, undefined, '\ufffc');
            const match = CODE_BEFORE.exec(before);
            if (!match) return false;
            const replacement = lookup(match[1]);
            if (!replacement) return false;
            view.dispatch(view.state.tr.insertText(text, from, to));
            view.dispatch(closeHistory(view.state.tr).insertText(replacement, from - match[1].length, from));
            return true;
          },
        },
      }),
    ];
  },
});
