import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorPage } from './models/editor-page';
import { expect, screenshot, test } from './support/fixtures';

test('an article stored with a part the editor cannot show opens read-only and is never saved over', async ({ page, workspace }) => {
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', { title: 'Kỳ họp HĐND tỉnh' });
  await workspace.api('articles.save', {
    id: created.id,
    baseRevision: created.revision,
    title: 'Kỳ họp HĐND tỉnh',
    lead: '',
    byline: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn thứ nhất.' }] }] },
  });
  // Written by an older version (before the door checked bodies): a node today's editor does not know.
  await workspace.host.stop();
  const file = join(workspace.dataDir, 'articles', created.id, 'article.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { article: { body: { content: unknown[] } } };
  stored.article.body.content.push({ type: 'video', attrs: { src: 'hop.mp4' } }, { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn thứ hai.' }] });
  writeFileSync(file, JSON.stringify(stored));
  const host = await workspace.restart('SIGTERM');

  await page.goto(`${host.openUrl}#/bai-viet/${created.id}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Bài này có một phần trình soạn thảo không hiển thị được nên chỉ mở để xem' })).toBeVisible();
  const editor = new EditorPage(page);
  await expect(editor.body).toHaveAttribute('contenteditable', 'false');
  await expect(editor.title).toHaveJSProperty('readOnly', true);
  await screenshot(page, 'trust-unknown-node');
  await editor.body.click();
  await page.keyboard.type('gõ thử');
  await page.waitForTimeout(1500);
  expect(readFileSync(file, 'utf8')).toContain('"video"');
  expect(readFileSync(file, 'utf8')).toContain('Đoạn thứ hai.');
});

test('editing an approved article says first that it goes back to review, then says that it did', async ({ page, workspace }) => {
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', { title: 'Hội nghị sơ kết 6 tháng' });
  await workspace.api('articles.save', {
    id: created.id,
    baseRevision: created.revision,
    title: 'Hội nghị sơ kết 6 tháng',
    lead: 'Sáng 2/7, UBND tỉnh tổ chức Hội nghị sơ kết.',
    byline: 'Trần Thị Thử',
    categories: ['Tin hoạt động'],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị đánh giá kết quả 6 tháng đầu năm.' }] }] },
  });
  await workspace.api('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' });
  const head = await workspace.api<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'] });
  await workspace.api('profiles.select', { id: head.id });
  await workspace.api('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });

  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  const editor = new EditorPage(page);
  await expect(page.getByTestId('article-status')).toHaveText('Đã duyệt');
  await expect(page.getByRole('status').filter({ hasText: 'Bài đã được duyệt: nếu sửa nội dung' })).toContainText('bài sẽ quay lại «Chờ duyệt»');
  await screenshot(page, 'trust-approved-edit-warning');
  // The badge's details say the same, with the last save.
  await page.getByTestId('article-status').click();
  const details = page.getByRole('group', { name: 'Chi tiết trạng thái bài' });
  await expect(details).toContainText('có thể xuất bản lên cổng');
  await expect(details).toContainText('bài sẽ quay lại «Chờ duyệt»');
  await expect(details).toContainText(/Lưu lần cuối\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await screenshot(page, 'editor-state-details');
  await page.getByTestId('article-status').click();
  await editor.body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Thêm một câu.');
  await expect(page.getByText('Bài đã quay lại «Chờ duyệt» vì nội dung được sửa sau khi duyệt.')).toBeVisible();
  await expect(page.getByTestId('article-status')).toHaveText('Chờ duyệt');
});

test('an article saved in another window is said in this one, and the services tell without polling', async ({ page, context, workspace }) => {
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', { title: 'Tiếp xúc cử tri' });
  const url = `${workspace.host.openUrl}#/bai-viet/${created.id}`;
  await page.goto(url);
  const other = await context.newPage();
  // The editor is editable from its first frame (who is working is known before the first render): a click and the
  // first letters typed at once are not lost to a moment of read-only.
  await other.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const body = document.querySelector('.ProseMirror');
      if (!body) return;
      (window as unknown as { firstEditable: string | null }).firstEditable = body.getAttribute('contenteditable');
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await other.goto(url);
  await expect.poll(() => other.evaluate(() => (window as unknown as { firstEditable?: string | null }).firstEditable)).toBe('true');
  const editor = new EditorPage(other);
  await editor.typeBody('Cử tri kiến nghị đầu tư đường giao thông.');
  await editor.waitSaved();
  const banner = page.getByRole('alert').filter({ hasText: 'Bài này vừa được lưu ở nơi khác' });
  await expect(banner).toBeVisible();
  // The window that saved says nothing about its own saves.
  await expect(other.getByRole('alert').filter({ hasText: 'Bài này vừa được lưu ở nơi khác' })).toHaveCount(0);
  await screenshot(page, 'trust-changed-elsewhere');
  await banner.getByRole('button', { name: 'Mở bản mới nhất' }).click();
  await expect(new EditorPage(page).body).toContainText('Cử tri kiến nghị đầu tư đường giao thông.');
});
