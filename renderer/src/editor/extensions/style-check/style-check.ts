import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { PlacedFinding } from '../../../../../shared/style/types';
import { externalDecorations } from '../external-decorations';

export interface TextBlock {
  text: string;
  /** Document position of the block's first character. */
  from: number;
}

/** The body as the checker sees it: every text block, with where its text starts in the document. */
export function textBlocks(doc: ProseMirrorNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ text: node.textBetween(0, node.content.size, '\n', '\n'), from: pos + 1 });
    return false;
  });
  return blocks;
}

export const styleCheckKey = new PluginKey<DecorationSet>('styleCheck');

/** Underlines the checker's findings in the body. The findings come from outside; edits move them along. */
export const StyleCheck = externalDecorations('styleCheck', styleCheckKey);

/** The decorations for body findings, placed with the blocks they were computed on. */
export function findingDecorations(doc: ProseMirrorNode, blocks: TextBlock[], findings: PlacedFinding[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const finding of findings) {
    if (finding.field !== 'body') continue;
    const block = blocks[finding.block];
    if (!block) continue;
    const from = block.from + finding.start;
    const to = Math.max(from + 1, block.from + finding.end);
    if (to > doc.content.size) continue;
    // Spelling has its own underline (red, wavy), distinct from the style's.
    const className = finding.rule === 'spelling' ? `style-issue spelling-issue` : `style-issue style-${finding.severity}`;
    decorations.push(Decoration.inline(from, to, { class: className, title: finding.message, 'data-rule': finding.rule }, { shown: `${className}|${finding.message}` }));
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * The spelling finding on the word being typed: the caret inside it or right after it. A word processor underlines
 * a word once the caret has left it, and so does the editor — a check after each pause in typing then changes
 * nothing on screen while a word is half typed.
 */
export function findingAtCaret(blocks: TextBlock[], findings: PlacedFinding[], caret: number | null): PlacedFinding | null {
  if (caret === null) return null;
  return (
    findings.find((finding) => {
      if (finding.rule !== 'spelling' || finding.field !== 'body') return false;
      const block = blocks[finding.block];
      return Boolean(block) && block.from + finding.start <= caret && caret <= block.from + finding.end;
    }) ?? null
  );
}

/**
 * True when two sets underline the same places the same way: the findings the editor shows, moved along by the
 * edits since, are what a new check found — nothing to redraw (a keystroke rarely changes what is underlined).
 */
export function sameDecorations(doc: ProseMirrorNode, shown: DecorationSet, next: DecorationSet): boolean {
  const list = (set: DecorationSet): string[] => set.find(0, doc.content.size).map((item) => `${item.from}-${item.to}-${(item.spec as { shown?: string }).shown ?? ''}`);
  const [a, b] = [list(shown), list(next)];
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
