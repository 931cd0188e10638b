import { EditorPage } from './models/editor-page';
import { LibraryPage } from './models/library-page';
import { expect, screenshot, test } from './support/fixtures';

test('Ctrl+S keeps a version; restoring it is itself undoable', async ({ page, workspace }) => {
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  await library.newArticle();
  const editor = new EditorPage(page);
  await editor.title.fill('Tiếp xúc cử tri trước Kỳ họp');
  await editor.typeBody('Bản thứ nhất của bài.');
  await editor.waitSaved();
  await editor.saveVersion();

  await page.keyboard.press('Control+a');
  await page.keyboard.type('Bản thứ hai, đã sửa lại toàn bộ.');
  await editor.waitSaved();

  const panel = await editor.openVersions();
  const versions = panel.getByRole('button', { name: /^Xem phiên bản / });
  await expect(versions).toHaveCount(1);
  await versions.first().click();
  await expect(panel.getByLabel('Nội dung phiên bản')).toHaveText('Bản thứ nhất của bài.');
  await screenshot(page, '05-version-preview');

  await panel.getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục phiên bản?' }).getByRole('button', { name: 'Khôi phục' }).click();
  await expect(editor.body).toHaveText('Bản thứ nhất của bài.');
  await expect(panel.getByText('Trước khi khôi phục')).toBeVisible();
  await expect(versions).toHaveCount(2);

  // The toast's undo brings the text from before the restore back.
  await page.locator('.toasts').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(editor.body).toHaveText('Bản thứ hai, đã sửa lại toàn bộ.');
  await screenshot(page, '06-version-restored-undone');

  await page.reload();
  await expect(editor.body).toHaveText('Bản thứ hai, đã sửa lại toàn bộ.');
});
