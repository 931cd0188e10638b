import { mergeAttributes, Node } from '@tiptap/core';
import { photoPath, type Photo } from '../../../../../shared/media/model';

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

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a photo of the photo desk as a figure, its caption the photo's caption. */
      insertPhoto: (photo: Pick<Photo, 'id' | 'articleId' | 'revision' | 'credit' | 'alt' | 'caption'>) => ReturnType;
    };
  }
}

/**
 * A photo with its caption: the caption is the node's text (marks, undo, the style checker all apply),
 * the photo is named by its id. The caption here and the caption in the photo desk are one caption.
 */
export const Figure = Node.create<FigureOptions>({
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

  addNodeView() {
    return ({ node }) => {
      const attrs = node.attrs as FigureAttributes;
      const dom = document.createElement('figure');
      dom.className = 'figure';
      dom.dataset.photoId = attrs.photoId ?? '';
      const image = document.createElement('img');
      const caption = document.createElement('figcaption');
      const credit = document.createElement('span');
      credit.className = 'figure-credit';
      credit.contentEditable = 'false';
      dom.append(image, caption, credit);
      const paint = (current: FigureAttributes): void => {
        image.src = current.photoId && current.articleId ? this.options.mediaUrl(photoPath({ id: current.photoId, articleId: current.articleId, revision: current.revision }, 'web')) : '';
        image.alt = current.alt;
        image.draggable = false;
        credit.textContent = current.credit ? `Ảnh: ${current.credit}` : '';
        dom.classList.toggle('figure-no-alt', !current.alt);
      };
      paint(attrs);
      return {
        dom,
        contentDOM: caption,
        update: (updated) => {
          if (updated.type.name !== 'figure') return false;
          paint(updated.attrs as FigureAttributes);
          return true;
        },
      };
    };
  },

  addCommands() {
    return {
      insertPhoto:
        (photo) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { photoId: photo.id, articleId: photo.articleId, revision: photo.revision, credit: photo.credit, alt: photo.alt },
            content: photo.caption ? [{ type: 'text', text: photo.caption }] : [],
          }),
    };
  },
});
