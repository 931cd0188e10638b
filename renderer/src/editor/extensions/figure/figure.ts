import type { Photo } from '../../../../../shared/media/model';
import { photoPath } from '../../../../../shared/media/paths';
import { FigureSchema, type FigureAttributes } from '../../../../../shared/schema/figure';

export type { FigureAttributes, FigureOptions } from '../../../../../shared/schema/figure';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a photo of the photo desk as a figure, its caption the photo's caption. */
      insertPhoto: (photo: Pick<Photo, 'id' | 'articleId' | 'revision' | 'credit' | 'alt' | 'caption'>) => ReturnType;
    };
  }
}

/** The figure in the editor: the shared schema, drawn with the photo and its credit, and a command to insert one. */
export const Figure = FigureSchema.extend({
  addNodeView() {
    return ({ node }) => {
      const attrs = node.attrs as FigureAttributes;
      const dom = document.createElement('figure');
      dom.className = 'figure';
      dom.dataset.photoId = attrs.photoId ?? '';
      const image = document.createElement('img');
      // A long article's photos below the fold load as they come into view: opening it does not wait for 60 photos.
      image.loading = 'lazy';
      image.decoding = 'async';
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
