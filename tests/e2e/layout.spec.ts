import { expect, screenshot, test } from './support/fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

test('at 1280 px the editor’s header, toolbar and workflow buttons each stay on one row', async ({ page, workspace }) => {
  const created = await workspace.api<{ id: string }>('articles.create', { title: 'Hội nghị sơ kết 6 tháng đầu năm 2026 của Ban Chỉ đạo' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  // One row: the vertical centres of the visible items lie within a few pixels of each other (a second row is ≈ 40 px down).
  const spread = async (selector: string): Promise<number> =>
    page.locator(selector).evaluateAll((elements) => {
      const centres = elements
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => box.top + box.height / 2);
      return Math.max(...centres) - Math.min(...centres);
    });
  await expect.poll(() => spread('.editor-header > *:not(.spacer)')).toBeLessThan(12);
  await expect.poll(() => spread('.toolbar button')).toBeLessThan(12);
  await expect.poll(() => spread('.workflow-bar > button')).toBeLessThan(12);
  await screenshot(page, 'layout-1280-editor');
  // With a panel open beside the text (the findings, 400 px), the header still keeps to one row.
  await page.getByTestId('check-button').click();
  await expect(page.getByRole('complementary').first()).toBeVisible();
  await expect.poll(() => spread('.editor-header > *:not(.spacer)')).toBeLessThan(12);
  await expect.poll(() => spread('.toolbar button')).toBeLessThan(12);
  await screenshot(page, 'layout-1280-editor-with-panel');
});
