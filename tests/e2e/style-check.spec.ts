import { readFileSync } from 'node:fs';
import { EditorPage } from './models/editor-page';
import { LibraryPage } from './models/library-page';
import { expect, screenshot, test } from './support/fixtures';

const SEED = readFileSync('tests/fixtures/articles/conference-report-seed.txt', 'utf8');

test('the seed article, pasted in, shows its flaws underlined, each with a one-click fix', async ({ page, workspace }) => {
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Bài dán vào' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  const editor = new EditorPage(page);
  await editor.body.click();
  await page.evaluate((text) => {
    const target = document.querySelector('.ProseMirror') as HTMLElement;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, SEED);
  await expect(editor.body).toContainText('Phó Chủ tịch UĐND tỉnh');

  // Underlined in the text as the officer types (after a short pause).
  await expect(editor.body.locator('.style-issue', { hasText: 'UĐND' })).toHaveAttribute('title', /có phải «UBND»/);
  await expect(editor.body.locator('.style-issue[data-rule="missing-space"]', { hasText: '.C' })).toBeVisible();
  await expect(editor.body.locator('.style-issue[data-rule="tone-style"]').first()).toBeVisible();

  await page.getByTestId('check-button').click();
  const panel = page.getByRole('complementary', { name: 'Kiểm tra văn phong' });
  await expect(panel.getByText('«UĐND» không có trong từ điển viết tắt; có phải «UBND»')).toBeVisible();
  await expect(panel.getByText('Thiếu khoảng trắng sau dấu «.».').first()).toBeVisible();
  await expect(panel.getByText(/bài đang dùng lẫn hai cách bỏ dấu/).first()).toBeVisible();
  await screenshot(page, '10-style-check-seed');

  await panel.getByRole('button', { name: /— «UĐND» không có trong từ điển/ }).click();
  await expect(editor.body).toContainText('Phó Chủ tịch UBND tỉnh');
  await expect(editor.body).not.toContainText('UĐND');
  await panel.getByRole('button', { name: /— Thiếu khoảng trắng sau dấu «\.»/ }).first().click();
  await expect(editor.body).toContainText('giải quyết. Chế độ');

  await panel.getByRole('button', { name: /Thống nhất cách bỏ dấu/ }).click();
  await expect(panel.getByText(/bài đang dùng lẫn hai cách bỏ dấu/)).toHaveCount(0);
  const text = (await editor.body.textContent()) ?? '';
  expect(text.includes('Uỷ') && text.includes('Ủy')).toBe(false);
  await editor.waitSaved();
  await page.reload();
  await expect(editor.body).toContainText('Phó Chủ tịch UBND tỉnh');
});

test('a clean article shows no finding, and codes expand as one types', async ({ page, workspace }) => {
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  await library.newArticle();
  const editor = new EditorPage(page);
  await editor.title.fill('Phiên họp thường kỳ UBND tỉnh tháng 6');
  await editor.typeBody('Đồng chí ctt ');
  await expect(editor.body).toHaveText('Đồng chí Chủ tịch UBND tỉnh ');
  // Like Word's AutoCorrect: Ctrl+Z right away gives the code back.
  await page.keyboard.press('Control+z');
  await expect(editor.body).toHaveText('Đồng chí ctt ');
  await page.keyboard.press('Control+y');
  await page.keyboard.type('phát biểu kết luận phiên họp.');
  await expect(editor.body).toHaveText('Đồng chí Chủ tịch UBND tỉnh phát biểu kết luận phiên họp.');
  // The same codes work in the title, lead and byline fields.
  await editor.lead.pressSequentially('Sáng 2/7, pctt chủ trì phiên họp.');
  await expect(editor.lead).toHaveValue('Sáng 2/7, Phó Chủ tịch UBND tỉnh chủ trì phiên họp.');
  await page.getByTestId('check-button').click();
  await expect(page.getByTestId('check-summary')).toHaveText('Không thấy lỗi nào.');
});

test('two fixes in one paragraph clicked one right after the other both land', async ({ page, workspace }) => {
  const article = await workspace.api<{ id: string; revision: number }>('articles.create', { title: 'Hai lỗi một đoạn' });
  await workspace.api('articles.save', {
    id: article.id,
    baseRevision: article.revision,
    title: 'Hai lỗi một đoạn',
    lead: '',
    byline: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị đã bế mạc.Chiều cùng ngày đoàn làm việc.Sáng mai đoàn về.' }] }] },
  });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  const editor = new EditorPage(page);
  await page.getByTestId('check-button').click();
  const panel = page.getByRole('complementary', { name: 'Kiểm tra văn phong' });
  const fixes = panel.getByRole('button', { name: /— Thiếu khoảng trắng sau dấu «\.»/ });
  await expect(fixes).toHaveCount(2);
  // Within the checker's pause: the second click uses the list as it was before the first fix.
  await fixes.nth(0).click();
  await fixes.nth(1).click({ noWaitAfter: true });
  await expect(editor.body).toHaveText('Hội nghị đã bế mạc. Chiều cùng ngày đoàn làm việc. Sáng mai đoàn về.');
});
