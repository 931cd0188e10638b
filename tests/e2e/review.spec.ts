import type { Page } from '@playwright/test';
import { EditorPage } from './models/editor-page';
import { LibraryPage } from './models/library-page';
import { expect, screenshot, test } from './support/fixtures';

// Who works is chosen in the app, from the profiles each test makes.
test.use({ seedProfile: false });

async function switchTo(page: Page, name: string, pin?: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Hồ sơ làm việc' });
  // At start the app asks by itself; later the header button opens the same dialog.
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Hồ sơ làm việc' }).click();
  await dialog.getByRole('button', { name: new RegExp(name) }).click();
  if (pin) {
    await dialog.getByLabel(`Mã PIN của ${name}`).fill(pin);
    await dialog.getByRole('button', { name: 'Vào hồ sơ' }).click();
  }
  await expect(page.getByRole('button', { name: 'Hồ sơ làm việc' })).toContainText(name);
}

test('reporter submits, editor comments on a passage and asks for changes, reporter fixes and resubmits, editor sees the diff and approves', async ({ page, workspace }) => {
  await workspace.api('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'], pin: '2468' });
  await workspace.api('profiles.save', { name: 'Ngô Giang Sơn', roles: ['reporter'] });
  const library = new LibraryPage(page);
  await page.goto(workspace.host.openUrl);
  await expect(page.getByRole('dialog', { name: 'Hồ sơ làm việc' })).toBeVisible();
  await switchTo(page, 'Ngô Giang Sơn');

  await library.newArticle();
  const editor = new EditorPage(page);
  await editor.title.fill('Tiếp xúc cử tri huyện Tiên Yên');
  await editor.lead.fill('Sáng 20/6, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Tiên Yên.');
  await editor.typeBody('Cử tri kiến nghị đầu tư đường giao thông nông thôn.');
  await editor.byline.fill('Ngô Giang Sơn');
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByRole('dialog', { name: 'Chưa gửi duyệt được' })).toContainText('Chưa chọn chuyên mục.');
  await page.getByRole('button', { name: 'Đã hiểu' }).click();
  await page.getByLabel('Chuyên mục (cách nhau bởi dấu phẩy)').fill('Hội đồng nhân dân');
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Chờ duyệt');
  const articleUrl = page.url();

  await switchTo(page, 'Lê Thị Duyệt', '2468');
  await page.getByRole('link', { name: '← Thư viện' }).click();
  await page.getByLabel('Chờ tôi xử lý').check();
  await expect(library.rows).toHaveCount(1);
  await library.rows.first().getByRole('link').click();
  // The editor may read without risk of changing anything, then edit again.
  const more = page.getByRole('button', { name: 'Thêm lệnh' });
  await more.click();
  await page.getByRole('menuitemcheckbox', { name: 'Chỉ xem' }).click();
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(editor.body).toHaveAttribute('contenteditable', 'false');
  await expect(editor.title).toHaveJSProperty('readOnly', true);
  // The same from the keyboard: ↓ opens the menu, Esc closes it, End goes to the last command, Enter runs it.
  await more.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Lưu phiên bản' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(more).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const readOnly = page.getByRole('menuitemcheckbox', { name: 'Chỉ xem' });
  await expect(readOnly).toBeFocused();
  await expect(readOnly).toHaveAttribute('aria-checked', 'true');
  await screenshot(page, '31-editor-more-menu');
  await page.keyboard.press('Enter');
  await expect(editor.body).toHaveAttribute('contenteditable', 'true');
  await expect(more).toBeFocused();
  await page.getByRole('button', { name: 'Duyệt bài', exact: true }).click();
  const review = page.getByRole('complementary', { name: 'Duyệt bài' });
  await editor.body.click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await expect(review.locator('blockquote.comment-quote')).toHaveText('Cử tri kiến nghị đầu tư đường giao thông nông thôn.');
  await review.getByLabel('Nội dung góp ý').fill('Ghi rõ tuyến đường nào, thuộc xã nào.');
  await review.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(review.getByRole('list', { name: 'Các góp ý' })).toContainText('Ghi rõ tuyến đường nào');
  await expect(editor.body.locator('.comment-highlight')).toHaveText('Cử tri kiến nghị đầu tư đường giao thông nông thôn.');
  await page.getByRole('button', { name: 'Yêu cầu sửa' }).click();
  await page.getByLabel('Cần sửa gì (phóng viên sẽ thấy ghi chú này)').fill('Bổ sung địa danh cụ thể.');
  await page.getByRole('dialog', { name: 'Yêu cầu sửa' }).getByRole('button', { name: 'Yêu cầu sửa' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Yêu cầu sửa');
  await screenshot(page, '18-review-changes-requested');

  await switchTo(page, 'Ngô Giang Sơn');
  await page.goto(articleUrl);
  await page.reload();
  await page.getByRole('button', { name: 'Duyệt bài', exact: true }).click();
  await expect(review.getByRole('list', { name: 'Các góp ý' })).toContainText('Ghi rõ tuyến đường nào, thuộc xã nào.');
  await expect(review.getByRole('list', { name: 'Lịch sử xử lý' })).toContainText('«Bổ sung địa danh cụ thể.»');
  await editor.body.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' tuyến Đông Ngũ - Đông Hải.');
  await editor.waitSaved();
  await review.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
  await expect(review.getByText('đã xử lý (Ngô Giang Sơn)')).toBeVisible();
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Chờ duyệt');

  await switchTo(page, 'Lê Thị Duyệt', '2468');
  await page.goto(articleUrl);
  await page.reload();
  await page.getByRole('button', { name: 'Duyệt bài', exact: true }).click();
  const diff = review.getByTestId('diff');
  await expect(diff.locator('ins')).toContainText(['tuyến Đông Ngũ - Đông Hải']);
  await screenshot(page, '19-review-diff');
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Đã duyệt');
  await expect(review.getByRole('list', { name: 'Lịch sử xử lý' }).getByRole('listitem')).toHaveCount(5);
  await expect(review.getByRole('list', { name: 'Lịch sử xử lý' })).toContainText('Lê Thị Duyệt: duyệt → Đã duyệt');
  await screenshot(page, '20-review-approved');
});

test('a reporter cannot approve, whatever the page sends', async ({ page, workspace }) => {
  await workspace.api('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'], pin: '2468' });
  const reporter = await workspace.api<{ id: string }>('profiles.save', { name: 'Ngô Giang Sơn', roles: ['reporter'] });
  await workspace.api('profiles.select', { id: reporter.id });
  const article = await workspace.api<{ id: string; revision: number }>('articles.create', {});
  await workspace.api('articles.save', {
    id: article.id,
    baseRevision: article.revision,
    title: 'Bài thử',
    lead: 'Sapo.',
    byline: 'PV',
    categories: ['Tin hoạt động'],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung.' }] }] },
  });
  await workspace.api('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  await expect(page.getByTestId('article-status')).toHaveText('Chờ duyệt');
  await expect(page.getByRole('button', { name: 'Duyệt', exact: true })).toHaveCount(0);
  const result = await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('toasoan.token') ?? '';
    const response = await fetch('/api/workflow.transition', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ id, action: 'approve', expected: 'submitted', note: '' }),
    });
    return response.json();
  }, article.id);
  expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Hồ sơ hiện tại không có quyền «Duyệt»; việc này dành cho: Lãnh đạo duyệt.' } });
  expect((await workspace.api<{ status: string }>('articles.get', { id: article.id })).status).toBe('submitted');
});
