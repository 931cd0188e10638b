import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { countCharacters, countWords } from '../../../shared/text/count';

export interface Counts {
  words: number;
  characters: number;
}

/** Counts of each top-level block, kept while the block is the same node (ProseMirror never changes a node in place). */
const byBlock = new WeakMap<ProseMirrorNode, Counts>();

/** The text of one block as a reader counts it: its blocks and line breaks separate words. */
function blockText(block: ProseMirrorNode): string {
  return block.textBetween(0, block.content.size, '\n', (leaf) => (leaf.type.name === 'hardBreak' ? '\n' : ''));
}

/**
 * The words and characters of a document. Typing changes one block, and a transaction keeps every other block
 * as the same node: only the changed block is counted again, so a 20,000-word article costs what a paragraph does.
 */
export function countDocument(doc: ProseMirrorNode): Counts {
  let words = 0;
  let characters = 0;
  doc.forEach((block) => {
    let counts = byBlock.get(block);
    if (!counts) {
      const text = blockText(block);
      counts = { words: countWords(text), characters: countCharacters(text) };
      byBlock.set(block, counts);
    }
    words += counts.words;
    characters += counts.characters;
  });
  return { words, characters };
}
