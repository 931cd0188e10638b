import { EditorPage } from './models/editor-page';
import { violations } from './support/axe';
import { expect, screenshot, test } from './support/fixtures';

/** An article with this body, made through the services (as another window would). */
async function articleWith(workspace: { api: <T>(name: string, input: unknown) => Promise<T> }, title: string, text: string, more: Record<string, unknown> = {}): Promise<string> {
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', { title });
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  await workspace.api('articles.save', { id: created.id, baseRevision: created.revision, title, lead: '', byline: '', body, ...more });
  return created.id;
}

const TEXT = 'Hội nghị yêu cầu thực hiện ngiêm túc, cập nhật thoong tin về năng xuất lao động trước các dai biểu ở xã Ia Mrơn.';

test('spelling: a red underline apart from the style’s, suggestions from the panel and the context menu, «Bỏ qua», «Thêm vào từ điển», and a warning before submitting', async ({ page, workspace }) => {
  const id = await articleWith(workspace, 'Hội nghị sơ kết công tác dân vận', TEXT, {
    lead: 'Sáng 12/6, Ban Dân vận Tỉnh ủy tổ chức hội nghị.',
    byline: 'Ngô Giang Sơn',
    categories: ['Tin hoạt động'],
  });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${id}`);
  const editor = new EditorPage(page);

  // Underlined as spelling, not as style; the minority place name is not.
  const underlined = editor.body.locator('.spelling-issue');
  await expect(underlined).toHaveText(['ngiêm', 'thoong', 'năng xuất', 'dai']);
  await expect(underlined.first()).toHaveCSS('text-decoration-color', 'rgb(224, 27, 36)');
  await expect(editor.body.locator('.style-issue:not(.spelling-issue)')).toHaveCount(0);
  await screenshot(page, '40-spelling-underlined');

  // The panel: the suggestion in one click.
  await page.getByTestId('check-button').click();
  const panel = page.getByRole('complementary', { name: 'Kiểm tra văn phong, chính tả' });
  await expect(panel.getByTestId('check-summary')).toHaveText('4 điểm cần xem; 4 về chính tả.');
  await panel.getByRole('button', { name: /^Sửa thành «nghiêm» — «ngiêm»/ }).click();
  await expect(editor.body).toContainText('thực hiện nghiêm túc');

  // The context menu: a right click on the underline, the suggestion chosen with the keyboard.
  await editor.body.locator('.spelling-issue', { hasText: 'thoong' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Chính tả: «thoong»' });
  await expect(menu.getByRole('menuitem')).toHaveText(['thông', 'Bỏ qua trong bài này', 'Thêm vào từ điển']);
  await screenshot(page, '41-spelling-menu');
  expect(await violations(page, 'menu chính tả')).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(editor.body).toContainText('cập nhật thông tin');

  // Shift+F10 with the caret in a word opens the same menu; «Bỏ qua» leaves it alone in this article.
  await editor.body.locator('.spelling-issue', { hasText: 'dai' }).click();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu', { name: 'Chính tả: «dai»' }).getByRole('menuitem', { name: 'Bỏ qua trong bài này' }).click();
  await expect(editor.body.locator('.spelling-issue', { hasText: 'dai' })).toHaveCount(0);
  await editor.waitSaved();
  expect((await workspace.api<{ spellingIgnored?: string[] }>('articles.get', { id })).spellingIgnored).toEqual(['dai']);

  // Submitting with one left: asked first, sent anyway.
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  const warning = page.getByRole('dialog', { name: 'Còn lỗi chính tả' });
  await expect(warning).toContainText('Chính tả: Dễ viết nhầm: đúng là «năng suất».');
  await screenshot(page, '42-spelling-before-submit');
  await warning.getByRole('button', { name: 'Vẫn gửi duyệt' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Chờ duyệt');
});

test('a word added to the office’s dictionary is never underlined again, and is listed under «Danh bạ → Chính tả»', async ({ page, workspace }) => {
  const id = await articleWith(workspace, 'Lễ bỏ mả', 'Đồng bào xã Ia Mrơn tổ chức lễ pơthi theo phong tục truyền thống của dân tộc.', {
    lead: 'Sáng 12/6, đồng bào tổ chưc lễ bỏ mả.',
  });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${id}`);
  const editor = new EditorPage(page);
  // The lead is a plain text field: its word is underlined by a layer over it, at the word's place.
  const mark = page.locator('.underlined-field .spelling-mark');
  await expect(mark).toHaveText('chưc');
  const [markBox, leadBox] = [await mark.boundingBox(), await editor.lead.boundingBox()];
  expect(markBox && leadBox && markBox.y > leadBox.y && markBox.y + markBox.height < leadBox.y + leadBox.height).toBe(true);
  await screenshot(page, '44-spelling-lead');
  await editor.body.locator('.spelling-issue', { hasText: 'pơthi' }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Chính tả: «pơthi»' }).getByRole('menuitem', { name: 'Thêm vào từ điển' }).click();
  await expect(page.getByText('Đã thêm «pơthi» vào từ điển chính tả của cơ quan.')).toBeVisible();
  await expect(editor.body.locator('.spelling-issue')).toHaveCount(0);

  await page.goto(`${workspace.host.openUrl}#/danh-ba`);
  await page.getByRole('tab', { name: 'Chính tả' }).click();
  await expect(page.getByRole('list', { name: 'Từ điển chính tả của cơ quan' })).toContainText('pơthi');
  await page.getByRole('row', { name: /năng xuất/ }).getByRole('textbox', { name: /Viết đúng/ }).waitFor();
  // The confusions are many: searched without diacritics.
  await page.getByRole('searchbox', { name: 'Tìm trong danh sách' }).fill('nang xuat');
  await expect(page.getByRole('textbox', { name: /^Viết sai dòng/ })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: /^Viết sai dòng/ })).toHaveValue('năng xuất');
  expect(await violations(page, 'Danh bạ → Chính tả')).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/43-spelling-directory.png' });
});

test('the word being typed is underlined once the caret leaves it, as in a word processor', async ({ page, workspace }) => {
  const id = await articleWith(workspace, 'Tin ngắn', 'Xã đã cập nhật');
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${id}`);
  const editor = new EditorPage(page);
  await expect(editor.body).toContainText('Xã đã cập nhật');
  await editor.body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' thoong');
  // Checked after the pause (the panel's count says so), not underlined while the caret is on it.
  await expect(page.getByTestId('check-button')).toHaveText('Kiểm tra (1)');
  await expect(editor.body.locator('.spelling-issue')).toHaveCount(0);
  // The caret leaves the word: underlined, without another edit.
  await screenshot(page, '51-spelling-word-being-typed');
  await page.keyboard.press('Home');
  await expect(editor.body.locator('.spelling-issue')).toHaveText(['thoong']);
  await screenshot(page, '52-spelling-caret-left');
  // Typing on after it: the word is done, and stays underlined.
  await page.keyboard.press('End');
  await page.keyboard.type(' tin.');
  await expect(editor.body).toContainText('thoong tin.');
  await expect(editor.body.locator('.spelling-issue')).toHaveText(['thoong']);
});
