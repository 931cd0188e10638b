import { mergeAttributes, Node } from '@tiptap/core';
import { photoPath } from '../media/paths';

export interface FigureOptions {
  /** Turns a photo path into an address the page can load (our scheme in Electron, the host in a browser). */
  mediaUrl: (path: string) => string;
}

export interface FigureAttributes {
  photoId: string | null;
  articleId: string | null;
  revision: number;
  credit: string;
  alt: string;
}

/**
 * A photo with its caption: the caption is the node's text (marks, undo, the style checker all apply),
 * the photo is named by its id. The caption here and the caption in the photo desk are one caption.
 * The schema alone (no view, no commands): the main process reads HTML into documents with it.
 */
export const FigureSchema = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  isolating: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { mediaUrl: (path) => path };
  },

  addAttributes() {
    return {
      photoId: { default: null, parseHTML: (element) => element.getAttribute('data-photo-id'), renderHTML: (attributes) => ({ 'data-photo-id': attributes.photoId as string }) },
      articleId: { default: null, parseHTML: (element) => element.getAttribute('data-article-id'), renderHTML: (attributes) => ({ 'data-article-id': attributes.articleId as string }) },
      revision: { default: 0, parseHTML: (element) => Number(element.getAttribute('data-revision') ?? 0), renderHTML: () => ({}) },
      credit: { default: '', parseHTML: (element) => element.querySelector('.figure-credit')?.textContent ?? '', renderHTML: () => ({}) },
      alt: { default: '', parseHTML: (element) => element.querySelector('img')?.getAttribute('alt') ?? '', renderHTML: () => ({}) },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-photo-id]', contentElement: 'figcaption' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as FigureAttributes;
    const src = attrs.photoId && attrs.articleId ? this.options.mediaUrl(photoPath({ id: attrs.photoId, articleId: attrs.articleId, revision: attrs.revision }, 'web')) : '';
    return ['figure', mergeAttributes(HTMLAttributes, { class: 'figure' }), ['img', { src, alt: attrs.alt }], ['figcaption', 0], ['span', { class: 'figure-credit', contenteditable: 'false' }, attrs.credit ? `Ảnh: ${attrs.credit}` : '']];
  },
});
