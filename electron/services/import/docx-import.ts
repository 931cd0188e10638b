import { randomUUID } from 'node:crypto';
import { cleanFileName } from '../../../shared/files/file-name';
import type { Element } from 'happy-dom';
import { ApiError } from '../../../shared/api/errors';
import type { Article } from '../../../shared/article/model';
import { splitCredit } from '../../../shared/media/captions';
import type { ArticleService } from '../articles/article-service';
import type { MediaService } from '../media/media-service';
import { MAX_IMPORT_BYTES } from '../../../shared/files/limits';
import { decodeTextFile, ENCODING_LABELS } from '../../../shared/text/decode-file';
import { htmlTools } from '../html-tools';
import { readDocx, type DocxContent } from './docx-reader';

const LEGACY_NAMES = { tcvn3: 'TCVN3 (.VnTime…)', vni: 'VNI (VNI-Times…)' } as const;
/** A paragraph under a photo this short is its caption. */
const CAPTION_MAX = 300;

export interface DocxImportResult {
  articleId: string;
  /** At the cursor: the HTML the editor inserts (its figures name the photos now in the photo desk). */
  html: string | null;
  /** What could not be kept, and what was changed (a legacy font converted), said for people. */
  report: string[];
  photos: number;
}

/** Runs a task for each item, two at a time, and keeps each outcome in the items' order. */
async function inPairs<T, R>(items: T[], task: (item: T, index: number) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const outcomes: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      try {
        outcomes[index] = { status: 'fulfilled', value: await task(items[index], index) };
      } catch (reason) {
        outcomes[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return outcomes;
}

/**
 * A .txt from an office archive, in whichever encoding it was saved (UTF-8, UTF-16, Windows-1258, TCVN3,
 * VNI): one paragraph per line; a short first line is the title, as Word's would be.
 */
function readTextFile(bytes: Uint8Array, name: string): DocxContent {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ApiError('INVALID_INPUT', `«${name}» quá lớn (tối đa ${MAX_IMPORT_BYTES / 1048576} MB).`);
  const { text, encoding } = decodeTextFile(bytes);
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const escape = (line: string): string => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = lines.map((line, index) => (index === 0 && line.length <= 250 && lines.length > 1 ? `<h1>${escape(line)}</h1>` : `<p>${escape(line)}</p>`)).join('');
  const report = encoding === 'utf-8' ? [] : [`Tệp văn bản mã ${ENCODING_LABELS[encoding]} đã được chuyển sang Unicode.`];
  return { html, images: [], report, converted: [] };
}


/**
 * Word documents (and plain text files) into articles: a new article (title from the first heading or bold line, the bold
 * paragraph after it as the lead), or the document's content at the cursor of an open one. Images go to
 * the photo desk; a short paragraph right under an image becomes its caption. All or nothing: a failure
 * takes back the photos already added.
 */
export class DocxImporter {
  constructor(
    private readonly articles: ArticleService,
    private readonly media: MediaService,
  ) {}

  async import(fileName: string, bytes: Uint8Array, target: { articleId?: string }): Promise<DocxImportResult> {
    const name = cleanFileName(fileName, 'văn bản');
    const content = /\.txt$/i.test(name) ? readTextFile(bytes, name) : await readDocx(bytes, name);
    const articleId = target.articleId ?? randomUUID();
    if (target.articleId) await this.articles.get(target.articleId);
    const added: string[] = [];
    try {
      const report = [...content.report];
      for (const encoding of content.converted) report.push(`Chữ gõ bằng phông ${LEGACY_NAMES[encoding]} đã được chuyển sang Unicode.`);
      const { Window, toDoc } = await htmlTools();
      const window = new Window();
      let html: string;
      let title = '';
      let lead = '';
      let byline = '';
      let photos = 0;
      try {
        const document = window.document;
        const root = document.createElement('div');
        root.innerHTML = content.html;
        const stem = name.replace(/\.docx$/i, '');
        // The photos go to the desk two at a time (as an import from the desk does).
        const stored = await inPairs(content.images, async (image, index) => {
          const ext = image.contentType.split('/').pop()?.replace('jpeg', 'jpg') ?? 'img';
          const result = await this.media.add(articleId, `${stem} - ảnh ${index + 1}.${ext}`, Buffer.from(image.bytes));
          if (result.status === 'added') added.push(result.photo.id);
          return result;
        });
        // The photos that are in the desk now, not those refused on the way.
        photos = stored.filter((outcome) => outcome.status === 'fulfilled').length;
        // Two at a time they finish in any order: the desk shows them in the document's order.
        if (added.length > 1) {
          const inDocument = stored.flatMap((outcome) => (outcome.status === 'fulfilled' && added.includes(outcome.value.photo.id) ? [outcome.value.photo.id] : []));
          const before = (await this.media.list(articleId)).photos.map((photo) => photo.id).filter((id) => !added.includes(id));
          await this.media.reorder(articleId, [...before, ...inDocument]);
        }
        for (const [index, image] of content.images.entries()) {
          const element = root.querySelector(`img[src="${image.key}"]`);
          if (!element) continue;
          const block = element.closest('p, li, td, th, h1, h2, h3, h4, h5, h6') ?? element;
          const outcome = stored[index];
          if (outcome.status === 'rejected') {
            // Our own messages are for people; anything else (a decoder's error) is said in their words, not the library's.
            report.push(`Ảnh ${index + 1} không nhập được: ${outcome.reason instanceof ApiError ? outcome.reason.message : 'tệp ảnh bị hỏng hoặc ở định dạng không hỗ trợ.'}`);
            element.remove();
            continue;
          }
          const photoId = outcome.value.photo.id;
          // The same photo already in the desk keeps what the photographer wrote.
          const known = outcome.value.status === 'duplicate' ? outcome.value.photo : null;
          // Alone in its paragraph, with a short paragraph under it: a figure with its caption.
          const alone = block.tagName === 'P' && (block.textContent ?? '').trim() === '' && block.querySelectorAll('img').length === 1;
          const next = alone ? block.nextElementSibling : null;
          const nextText = (next?.textContent ?? '').trim();
          const isCaption = next?.tagName === 'P' && nextText.length > 0 && nextText.length <= CAPTION_MAX && !next.querySelector('img');
          const { caption, credit } = isCaption ? splitCredit(nextText) : { caption: '', credit: '' };
          const [photo] = await this.media.update(articleId, [photoId], {
            caption: known?.caption || caption,
            credit: known?.credit || credit,
            alt: known?.alt || image.alt.normalize('NFC').trim(),
          });
          const figure = document.createElement('figure');
          figure.setAttribute('data-photo-id', photo.id);
          figure.setAttribute('data-article-id', articleId);
          const img = document.createElement('img');
          img.setAttribute('alt', photo.alt);
          const figcaption = document.createElement('figcaption');
          figcaption.textContent = photo.caption;
          const creditSpan = document.createElement('span');
          creditSpan.className = 'figure-credit';
          creditSpan.textContent = photo.credit;
          figure.append(img, figcaption, creditSpan);
          if (isCaption) next?.remove();
          element.remove();
          // The figure goes where the image was: instead of its empty paragraph, or after the block it sat in.
          if (alone) block.replaceWith(figure);
          else (block.closest('table, ul, ol') ?? block).after(figure);
        }
        // Headings the article's schema has: h2–h4.
        for (const heading of [...root.querySelectorAll('h1, h5, h6')]) {
          const replacement = document.createElement(heading.tagName === 'H1' ? 'h2' : 'h4');
          replacement.innerHTML = heading.innerHTML;
          heading.replaceWith(replacement);
        }
        if (!target.articleId) {
          // A new article: the title is the first heading (or a bold first line); the bold paragraph after it, the lead.
          const first = root.firstElementChild;
          const boldOnly = (element: Element | null): boolean =>
            element?.tagName === 'P' && (element.textContent ?? '').trim().length > 0 && [...element.childNodes].every((child) => (child.nodeType === 3 && !(child.textContent ?? '').trim()) || (child as Element).tagName === 'STRONG');
          if (first && (/^H[2-4]$/.test(first.tagName) || (boldOnly(first) && (first.textContent ?? '').length <= 250))) {
            title = (first.textContent ?? '').trim();
            first.remove();
            const second = root.firstElementChild;
            if (boldOnly(second)) {
              lead = (second?.textContent ?? '').trim();
              second?.remove();
            }
          }
          // The byline: a short bold last line (the reporter's name).
          const last = root.lastElementChild;
          if (boldOnly(last) && (last?.textContent ?? '').trim().length <= 80) {
            byline = (last?.textContent ?? '').trim();
            last?.remove();
          }
        }
        html = root.innerHTML;
      } finally {
        void window.happyDOM.close();
      }
      if (target.articleId) return { articleId, html, report, photos };
      const body = toDoc(html);
      const created: Article = await this.articles.create(
        { content: { title: title || name.replace(/\.docx$/i, ''), lead, byline, body } },
        { id: articleId },
      );
      return { articleId: created.id, html: null, report, photos };
    } catch (error) {
      // Nothing half-imported: the photos this import added go again.
      if (target.articleId) {
        if (added.length) await this.media.remove(articleId, added).catch(() => undefined);
      } else await this.media.removeAll(articleId).catch(() => undefined);
      throw error;
    }
  }
}
