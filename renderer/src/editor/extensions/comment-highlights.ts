import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { externalDecorations } from './external-decorations';
import { textBlocks } from './style-check/style-check';

export const commentHighlightsKey = new PluginKey<DecorationSet>('commentHighlights');

/** Highlights the passages open comments quote, wherever they still read the same; edits move the highlights along. */
export const CommentHighlights = externalDecorations('commentHighlights', commentHighlightsKey);

/** Where each quote stands in the document now (first occurrence), or null when it no longer reads the same. */
export function findQuote(doc: ProseMirrorNode, quote: string): { from: number; to: number } | null {
  if (!quote) return null;
  for (const block of textBlocks(doc)) {
    const at = block.text.indexOf(quote);
    if (at >= 0) return { from: block.from + at, to: block.from + at + quote.length };
  }
  return null;
}

export function highlightDecorations(doc: ProseMirrorNode, quotes: string[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const quote of quotes) {
    const place = findQuote(doc, quote);
    if (place) decorations.push(Decoration.inline(place.from, place.to, { class: 'comment-highlight', title: 'Có góp ý' }));
  }
  return DecorationSet.create(doc, decorations);
}
