import { Extension } from '@tiptap/core';

/**
 * Marks the blocks a template wrote (`data-generated="results-1"`), so a later change of a field can
 * find and update them. Splitting a block does not copy the mark: the new half is the officer's.
 */
export const GeneratedKey = Extension.create({
  name: 'generatedKey',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading', 'bulletList', 'orderedList'],
        attributes: {
          generated: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute('data-generated'),
            renderHTML: (attributes) => (attributes.generated ? { 'data-generated': attributes.generated as string } : {}),
          },
        },
      },
    ];
  },
});
