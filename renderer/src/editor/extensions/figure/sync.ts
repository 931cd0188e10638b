import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { Photo } from '../../../../../shared/media/model';
import type { FigureAttributes } from './figure';

export interface FigureCaption {
  photoId: string;
  caption: string;
}

/** Every figure's photo and caption text, in document order. */
export function figureCaptions(doc: ProseMirrorNode): FigureCaption[] {
  const found: FigureCaption[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'figure') {
      const attrs = node.attrs as FigureAttributes;
      if (attrs.photoId) found.push({ photoId: attrs.photoId, caption: node.textContent });
      return false;
    }
    return true;
  });
  return found;
}

/**
 * Brings the figures in line with the photo desk (the desk is the truth when an article opens):
 * caption text, credit, alt text and the web copy's revision. Returns null when nothing differs.
 */
export function syncFigures(doc: ProseMirrorNode, transaction: Transaction, photos: Map<string, Photo>): Transaction | null {
  let changed = false;
  const edits: { pos: number; node: ProseMirrorNode; photo: Photo }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'figure') return true;
    const attrs = node.attrs as FigureAttributes;
    const photo = attrs.photoId ? photos.get(attrs.photoId) : undefined;
    if (photo) edits.push({ pos, node, photo });
    return false;
  });
  // From the end, so earlier positions stay valid.
  for (const { pos, node, photo } of edits.reverse()) {
    const attrs = node.attrs as FigureAttributes;
    if (attrs.credit !== photo.credit || attrs.alt !== photo.alt || attrs.revision !== photo.revision) {
      transaction.setNodeMarkup(pos, undefined, { ...attrs, credit: photo.credit, alt: photo.alt, revision: photo.revision });
      changed = true;
    }
    if (node.textContent !== photo.caption) {
      const from = pos + 1;
      const to = pos + 1 + node.content.size;
      if (photo.caption) transaction.replaceWith(from, to, doc.type.schema.text(photo.caption));
      else transaction.delete(from, to);
      changed = true;
    }
  }
  return changed ? transaction : null;
}
