import type { Article } from '../article/model';
import { formatDateTime } from '../format/date';
import { escapeHtml } from './html';

const STYLE = `
body { margin: 0; background: #f4f2ee; color: #1d1d1f; font: 17px/1.6 "Noto Serif", Georgia, "Times New Roman", serif; }
article { max-width: 760px; margin: 0 auto; background: #fff; padding: 32px 40px 48px; }
.category { color: #a51c1c; font: 600 13px/1.4 "Noto Sans", Arial, sans-serif; text-transform: uppercase; letter-spacing: .5px; margin: 0 0 8px; }
h1 { font: 700 30px/1.3 "Noto Sans", Arial, sans-serif; margin: 0 0 8px; }
.date { color: #6b6b6b; font: 13px "Noto Sans", Arial, sans-serif; margin: 0 0 16px; }
.lead { font-weight: 700; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figure { margin: 20px 0; }
figcaption { font-style: italic; text-align: center; font-size: 15px; color: #444; margin-top: 6px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #bbb; padding: 6px 8px; vertical-align: top; }
blockquote { border-left: 3px solid #a51c1c; margin: 16px 0; padding: 4px 16px; color: #333; }
.byline { text-align: right; }
`;

/** One HTML file that shows the article as the portal would, photos inside it: to send, to archive, to open anywhere. */
export function standaloneHtml(article: Pick<Article, 'title' | 'lead' | 'categories'>, bodyHtml: string, options: { date: number; coverSrc?: string; coverAlt?: string }): string {
  const category = (article.categories ?? []).join(' · ');
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.title || 'Bài viết')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<article>',
    category ? `<p class="category">${escapeHtml(category)}</p>` : '',
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<p class="date">${formatDateTime(options.date)}</p>`,
    article.lead ? `<p class="lead">${escapeHtml(article.lead)}</p>` : '',
    options.coverSrc ? `<img class="cover" src="${escapeHtml(options.coverSrc)}" alt="${escapeHtml(options.coverAlt ?? '')}">` : '',
    bodyHtml,
    '</article>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
