import { EditorPage } from './models/editor-page';
import { LibraryPage } from './models/library-page';
import { expect, screenshot, test } from './support/fixtures';

const TITLE = 'Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026';
const LEAD = 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết kết quả thực hiện Quy chế phối hợp công tác.';
const BODY = 'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh chủ trì Hội nghị.';

test('a press officer writes an article that survives a reload and a killed host', async ({ page, workspace }) => {
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  await expect(page.getByText('Chưa có bài viết nào')).toBeVisible();
  await screenshot(page, '01-library-empty');

  await library.newArticle();
  const editor = new EditorPage(page);
  await editor.title.fill(TITLE);
  await editor.lead.fill(LEAD);
  await editor.typeBody(BODY);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Tại Hội nghị');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(', các đại biểu thảo luận.');
  await editor.byline.fill('Ngô Giang Sơn');
  await editor.waitSaved();
  await expect(editor.body.locator('strong')).toHaveText('Tại Hội nghị');
  await expect(editor.wordCount).toHaveText(/^\d+ từ$/);
  await screenshot(page, '02-editor-saved');
  const id = editor.articleId();

  await page.reload();
  await expect(editor.title).toHaveValue(TITLE);
  await expect(editor.lead).toHaveValue(LEAD);
  await expect(editor.body).toContainText(BODY);
  await expect(editor.body.locator('strong')).toHaveText('Tại Hội nghị');
  await expect(editor.byline).toHaveValue('Ngô Giang Sơn');

  // SIGKILL: the host gets no chance to flush anything.
  const restarted = await workspace.restart('SIGKILL');
  await page.goto(`${restarted.openUrl}#/bai-viet/${id}`);
  await expect(editor.title).toHaveValue(TITLE);
  await expect(editor.body).toContainText(BODY);
  await expect(editor.body).toContainText('Tại Hội nghị, các đại biểu thảo luận.');

  await page.getByRole('link', { name: '← Thư viện' }).click();
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText(TITLE);
  await expect(library.rows.first()).toContainText('Nháp');
  await expect(library.rows.first()).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await screenshot(page, '03-library-one-article');
});

test('text typed right before the window closes is not lost', async ({ page, workspace }) => {
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  await library.newArticle();
  const editor = new EditorPage(page);
  await editor.title.fill('Kỳ họp thứ 20 HĐND tỉnh');
  // The first save reaches the services but its answer is slow to come back, as on a busy machine.
  let slowSaves = 0;
  await page.route('**/api/articles.save', async (route) => {
    slowSaves += 1;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.fulfill({ response }).catch(() => undefined);
  });
  await editor.typeBody('Sáng 10/12, HĐND tỉnh khai mạc Kỳ họp ');
  await expect.poll(() => slowSaves).toBe(1);
  await page.keyboard.type('thứ 20.');
  const id = editor.articleId();
  // Later requests go straight through (a route cannot answer for a page that has closed).
  await page.unroute('**/api/articles.save');
  // Close at once, without waiting for the autosave's quiet time, while that save is still on its way.
  await page.close({ runBeforeUnload: true });
  // The last save may still be on its way to the services: wait for the text, not for the first save's title.
  await expect
    .poll(async () => JSON.stringify(await workspace.api<{ title: string; body: unknown }>('articles.get', { id })))
    .toContain('khai mạc Kỳ họp thứ 20.');
  expect((await workspace.api<{ title: string }>('articles.get', { id })).title).toBe('Kỳ họp thứ 20 HĐND tỉnh');
});

test('the editor offers the formatting a Word user expects', async ({ page, workspace }) => {
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  await library.newArticle();
  const editor = new EditorPage(page);
  await editor.title.fill('Định dạng');
  await editor.typeBody('Mục một');
  await page.getByRole('button', { name: 'Tiêu đề mục' }).click();
  await expect(editor.body.locator('h2')).toHaveText('Mục một');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('nghiêng');
  await page.keyboard.press('Control+i');
  await page.keyboard.press('Control+u');
  await page.keyboard.type(' gạch chân');
  await page.keyboard.press('Control+u');
  await expect(editor.body.locator('em')).toHaveText('nghiêng');
  await expect(editor.body.locator('u')).toHaveText(' gạch chân');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Danh sách dấu đầu dòng' }).click();
  await page.keyboard.type('ý thứ nhất');
  await expect(editor.body.locator('ul li')).toHaveText('ý thứ nhất');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Danh sách đánh số' }).click();
  await page.keyboard.type('bước một');
  await expect(editor.body.locator('ol li')).toHaveText('bước một');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Trích dẫn' }).click();
  await page.keyboard.type('Lời phát biểu');
  await expect(editor.body.locator('blockquote')).toHaveText('Lời phát biểu');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  await page.getByLabel('Địa chỉ liên kết (để trống để bỏ liên kết)').fill('quangninh.gov.vn');
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://quangninh.gov.vn/');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  await expect(editor.body.locator('table tr')).toHaveCount(3);
  // Edits closer together than 500 ms are one undo step, as in Word's typing runs.
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Thêm hàng bên dưới' }).click();
  await expect(editor.body.locator('table tr')).toHaveCount(4);
  await page.keyboard.press('Control+z');
  await expect(editor.body.locator('table tr')).toHaveCount(3);
  await page.keyboard.press('Control+y');
  await expect(editor.body.locator('table tr')).toHaveCount(4);
  await editor.waitSaved();
  await screenshot(page, '04-editor-formatting');
  await page.reload();
  await expect(editor.body.locator('h2')).toHaveText('Mục một');
  await expect(editor.body.locator('table tr')).toHaveCount(4);
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://quangninh.gov.vn/');
});
