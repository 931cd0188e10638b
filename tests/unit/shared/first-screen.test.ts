import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_MARK, FIRST_SCREEN_ROWS, firstScreenHtml, withFirstScreen } from '../../../shared/library/first-screen';
import type { ArticleSummary } from '../../../shared/article/model';

function summary(index: number, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return { id: `bai-${String(index).padStart(6, '0')}`, title: `Bài số ${index}`, status: 'draft', author: 'Phóng viên', createdAt: 0, updatedAt: Date.UTC(2026, 0, 1) + index, deletedAt: null, wordCount: 10, excerpt: 'Sapo.', ...extra };
}

describe('the library’s first screen, written by the services into the page', () => {
  it('holds the first rows, the count, a time the page writes in its own zone, and room kept for what the app adds', () => {
    const html = firstScreenHtml(Array.from({ length: 40 }, (_, index) => summary(index)), 12_345);
    expect(html.startsWith('<template id="first-screen">')).toBe(true);
    expect(html.match(/<tr aria-rowindex="\d+"><td>/g)).toHaveLength(FIRST_SCREEN_ROWS);
    expect(html).toContain('12.345 bài viết');
    expect(html).toContain('aria-rowcount="12346"');
    expect(html).toContain(`<time data-ms="${Date.UTC(2026, 0, 1)}"></time>`);
    expect(html.match(/first-screen-hold/g)).toHaveLength(3);
    // No style attribute: the page's policy allows none.
    expect(html).not.toContain('style=');
  });

  it('escapes whatever an article holds; nothing from the library becomes markup', () => {
    const html = firstScreenHtml([summary(1, { title: '<script>alert(1)</script>', author: '"><img src=x onerror=alert(2)>', excerpt: "a & b <b>'c'</b>" })], 1);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('a &amp; b &lt;b&gt;&#39;c&#39;&lt;/b&gt;');
  });

  it('an empty library shows no table; the page without a place for it is left as it is', () => {
    expect(firstScreenHtml([], 0)).not.toContain('<table');
    expect(withFirstScreen(`<div id="root"></div>${FIRST_SCREEN_MARK}`, '<template></template>')).toBe('<div id="root"></div><template></template>');
    expect(withFirstScreen('<div id="root"></div>', '<template></template>')).toBe('<div id="root"></div>');
  });
});
