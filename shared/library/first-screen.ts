import type { ArticleSummary } from '../article/model';
import { ARTICLE_STATUS_LABELS } from '../article/status';

/** Where index.html takes the first screen (the services fill it in when they serve the page). */
export const FIRST_SCREEN_MARK = '<!--first-screen-->';

/** Rows a first screen holds: more than a laptop's screen shows. */
export const FIRST_SCREEN_ROWS = 16;

/** HTML's special characters as entities: text from the library is shown, never read as markup. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}

// Room kept for what the app adds when it starts (the profile button, the commands, the filters), invisible: the
// rows are where they will stay, nothing moves when the app takes over.
const HOLD_PROFILE = '<button type="button" class="profile-button first-screen-hold" aria-hidden="true" disabled>Hồ sơ</button>';
const HOLD_TOOLBAR = '<div class="toolbar-row first-screen-hold" aria-hidden="true"><button type="button" class="primary" disabled>Bài viết mới</button></div>';
const HOLD_FILTERS =
  '<div class="filters first-screen-hold" aria-hidden="true"><input class="search" disabled /><select disabled><option>Mọi trạng thái</option></select></div>';

const NAV: [string, string][] = [
  ['#/', 'Thư viện bài viết'],
  ['#/mau-bai', 'Mẫu bài'],
  ['#/danh-ba', 'Danh bạ'],
  ['#/kho-bai', 'Kho bài trên cổng'],
  ['#/thung-rac', 'Thùng rác'],
  ['#/cai-dat', 'Cài đặt'],
];

/**
 * The library as it first shows, as plain HTML in an inert <template>: the page puts it on screen before its code
 * has run (`first-screen.js`, only on the library's address), and the app replaces it with itself when it starts.
 * Same classes and layout as the app's own (App.tsx, LibraryView, ArticleRows), so nothing moves when it does.
 * Everything from the library is escaped; nothing in it runs. Dates are written by the page in its own time zone.
 */
export function firstScreenHtml(items: readonly ArticleSummary[], total: number): string {
  const rows = items
    .slice(0, FIRST_SCREEN_ROWS)
    .map((article, index) => {
      const title = escape(article.title || 'Bài chưa có tiêu đề');
      return (
        `<tr aria-rowindex="${index + 2}"><td><a class="article-link" href="#/bai-viet/${escape(article.id)}" title="${title}">${title}</a>` +
        (article.excerpt ? `<div class="excerpt">${escape(article.excerpt)}</div>` : '') +
        `</td><td><span class="status status-${escape(article.status)}">${escape(ARTICLE_STATUS_LABELS[article.status])}</span></td>` +
        `<td class="nowrap">${escape(article.author || '—')}</td><td class="nowrap"><time data-ms="${Math.floor(article.updatedAt)}"></time></td><td></td></tr>`
      );
    })
    .join('');
  const nav = NAV.map(([href, label], index) => `<a href="${href}"${index === 0 ? ' aria-current="page"' : ''}>${label}</a>`).join('');
  return (
    `<template id="first-screen"><div class="app first-screen" aria-busy="true"><header class="topbar"><a class="brand" href="#/">Tòa soạn</a>` +
    `<nav class="topnav" aria-label="Điều hướng chính">${nav}</nav>${HOLD_PROFILE}</header><main class="content"><section class="library">` +
    `<div class="view-header"><h1>Thư viện bài viết</h1>${HOLD_TOOLBAR}</div>${HOLD_FILTERS}` +
    `<p class="count">${total === 0 ? '' : `${total.toLocaleString('vi-VN')} bài viết`}</p>` +
    (total === 0
      ? ''
      : `<div class="library-scroll"><table class="article-table virtual-table" aria-rowcount="${total + 1}"><colgroup><col /><col class="col-status" /><col class="col-author" /><col class="col-date" /><col class="col-actions" /></colgroup>` +
        `<thead><tr aria-rowindex="1"><th scope="col">Tiêu đề</th><th scope="col">Trạng thái</th><th scope="col">Tác giả</th><th scope="col">Sửa lần cuối</th><th scope="col"></th></tr></thead>` +
        `<tbody>${rows}</tbody></table></div>`) +
    `</section></main></div></template>`
  );
}

/** index.html with the first screen in its place (unchanged if it has no place for one). */
export function withFirstScreen(html: string, screen: string): string {
  return html.replace(FIRST_SCREEN_MARK, screen);
}
