import { Extension } from '@tiptap/core';
import { Plugin, type PluginKey } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';

/**
 * An extension that shows decorations computed outside the editor (findings, comment highlights): a
 * transaction carrying `key` as meta replaces them; every other transaction moves them along.
 */
export function externalDecorations(name: string, key: PluginKey<DecorationSet>): Extension {
  return Extension.create({
    name,
    addProseMirrorPlugins() {
      return [
        new Plugin<DecorationSet>({
          key,
          state: {
            init: () => DecorationSet.empty,
            apply(transaction, decorations) {
              const next = transaction.getMeta(key) as DecorationSet | undefined;
              return next ?? decorations.map(transaction.mapping, transaction.doc);
            },
          },
          props: {
            decorations(state) {
              return key.getState(state);
            },
          },
        }),
      ];
    },
  });
}
