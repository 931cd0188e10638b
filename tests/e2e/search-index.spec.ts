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

  // Filled: a phrase of the bodies is found, and marked where the text says it.
  await library.searchFor('"kiem tra, giam sat"');
  await expect(library.rows.first().locator('.snippet mark').first()).toHaveText('kiểm');
});
