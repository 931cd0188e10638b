import type { DocNode } from '../../../shared/article/model';
import { htmlTools } from '../html-tools';

export interface PulledFigure {
  photoId: string;
  articleId: string;
  credit: string;
  alt: string;
}

/**
 * A post's HTML back into an article body: the figures of uploaded photos become the editor's figures
 * (the photo found by the portal's media id, the credit taken out of the caption), the byline paragraph
 * at the end becomes the byline, everything else is read by the editor's own schema, so what the schema
 * does not know (scripts, styles, classes) is left out.
 */
export async function portalHtmlToArticle(html: string, figureFor: (mediaId: string) => PulledFigure | undefined): Promise<{ body: DocNode; byline: string }> {
  const { Window, toDoc } = await htmlTools();
  const window = new Window();
  try {
    const document = window.document;
    const root = document.createElement('div');
    root.innerHTML = html;
    let byline = '';
    const last = root.querySelector('p.byline:last-of-type');
    if (last) {
      byline = (last.textContent ?? '').trim();
      last.remove();
    }
    for (const figure of [...root.querySelectorAll('figure')]) {
      const image = figure.querySelector('img');
      const mediaId = /wp-image-([A-Za-z0-9_-]+)/.exec(image?.getAttribute('class') ?? '')?.[1];
      if (!image || !mediaId) continue;
      const placed = figureFor(mediaId);
      if (!placed) {
        figure.remove();
        continue;
      }
      figure.querySelector('.photo-credit')?.remove();
      figure.setAttribute('data-photo-id', placed.photoId);
      figure.setAttribute('data-article-id', placed.articleId);
      const credit = document.createElement('span');
      credit.className = 'figure-credit';
      credit.textContent = placed.credit;
      figure.appendChild(credit);
      image.setAttribute('alt', placed.alt);
    }
    const body = toDoc(root.innerHTML);
    // The caption is the figure's text; the credit is the photo's, not part of it.
    const trim = (node: DocNode): DocNode => {
      if (node.type === 'figure') {
        const content = (node.content ?? []).filter((child) => child.type !== 'text' || child.text?.trim());
        const last = content.at(-1);
        if (last?.type === 'text' && last.text) content[content.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
        return { ...node, content };
      }
      return node.content ? { ...node, content: node.content.map(trim) } : node;
    };
    return { body: trim(body), byline };
  } finally {
    void window.happyDOM.close();
  }
}
