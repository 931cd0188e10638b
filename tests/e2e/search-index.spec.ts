import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateLibrary } from '../bench/library-generator';
import { LibraryPage } from './models/library-page';
import { expect, screenshot, test } from './support/fixtures';

test('a library whose search index is missing opens at once, fills the index with a progress bar, then finds words of the bodies', async ({ page, workspace }) => {
  // Twelve thousand articles on disk and no index for them (old data under a new install, or a damaged index).
  generateLibrary(workspace.dataDir, 12_000, 300);
  rmSync(join(workspace.dataDir, 'search'), { recursive: true, force: true });
  const host = await workspace.restart('SIGKILL');

  const library = new LibraryPage(page);
  await library.open(host.openUrl);
  // The library is there at once; the index fills behind it and says how far it is.
  await expect(library.rows.first()).toBeVisible();
  const progress = page.getByRole('status').filter({ hasText: 'Đang lập chỉ mục tìm kiếm' });
  await expect(progress).toBeVisible();
  await expect(progress.locator('progress')).toHaveAttribute('max', '12000');
  await screenshot(page, '45-search-indexing');
  await expect(progress).toBeHidden({ timeout: 120_000 });

  // Twelve thousand rows in one list that scrolls, with only those in view drawn: each row its exact height, and the
  // last article there at the bottom, its place told to a screen reader.
  await expect(page.locator('.count')).toHaveText('12.000 bài viết');
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '12001');
  const heights = await library.rows.evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
  expect(new Set(heights)).toEqual(new Set([64]));
  expect(heights.length).toBeLessThan(80);
  const oldest = await workspace.api<{ items: { title: string }[] }>('articles.list', { sort: 'updated-asc', limit: 1 });
  await page.locator('.library-scroll').evaluate((element) => element.scrollTo(0, element.scrollHeight));
  const lastRow = page.locator('.article-table tbody tr[aria-rowindex="12001"]');
  await expect(lastRow).toContainText(oldest.items[0].title);
  await expect(lastRow).toBeInViewport();
  expect(await library.rows.count()).toBeLessThan(80);
  // Half way: the rows there, not «Đang tải…», once their page has come.
  await page.locator('.library-scroll').evaluate((element) => element.scrollTo(0, 6000 * 64));
  await expect(page.locator('.article-table tbody tr[aria-rowindex="6002"] .article-link')).toBeVisible();
  await screenshot(page, '50-library-scrolled');
  await page.locator('.library-scroll').evaluate((element) => element.scrollTo(0, 0));

  // Filled: a phrase of the bodies is found, and marked where the text says it.
  await library.searchFor('"kiem tra, giam sat"');
  await expect(library.rows.first().locator('.snippet mark').first()).toHaveText('kiểm');
});
