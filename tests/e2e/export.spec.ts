import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, screenshot, test } from './support/fixtures';
import { startTestHost } from './support/host';

test('an approved article goes out as a package, as HTML and as the A4 sheet to sign; the package comes in on another workstation, twice without a duplicate', async ({ page, workspace, browser }) => {
  test.setTimeout(90_000);
  const head = await workspace.api<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['reporter', 'editor', 'approver'] });
  await workspace.api('profiles.select', { id: head.id });
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', {});
  const bytes = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2f6b8a' } }).jpeg().toBuffer();
  const { photo } = await workspace.api<{ photo: { id: string } }>('photos.add', { articleId: created.id, fileName: 'toan-canh.jpg', bytes });
  await workspace.api('photos.update', { articleId: created.id, photoIds: [photo.id], edit: { caption: 'Toàn cảnh buổi tiếp xúc cử tri.', credit: 'Ngô Giang Sơn', alt: 'Hội trường đông cử tri' } });
  await workspace.api('articles.save', {
    id: created.id,
    baseRevision: created.revision,
    title: 'Tiếp xúc cử tri trước Kỳ họp thứ 20',
    lead: 'Sáng 2/12, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri phường Hồng Hà.',
    byline: 'Ngô Giang Sơn',
    categories: ['Hội đồng nhân dân'],
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Cử tri kiến nghị nhiều vấn đề về đất đai, môi trường./.' }] },
        { type: 'figure', attrs: { photoId: photo.id, articleId: created.id }, content: [{ type: 'text', text: 'Toàn cảnh buổi tiếp xúc cử tri.' }] },
      ],
    },
  });
  await workspace.api('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' });
  await workspace.api('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });

  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  await page.getByRole('button', { name: 'Thêm lệnh' }).click();
  await page.getByRole('menuitem', { name: 'Xuất…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất bài' });
  await dialog.getByLabel('Kèm các phiên bản đã lưu').check();
  const [pack] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Xuất gói bài' }).click()]);
  expect(pack.suggestedFilename()).toBe('tiep-xuc-cu-tri-truoc-ky-hop-thu-20.toasoan');
  const folder = mkdtempSync(join(tmpdir(), 'toasoan-e2e-export-'));
  const packagePath = join(folder, pack.suggestedFilename());
  await pack.saveAs(packagePath);

  await page.getByRole('button', { name: 'Thêm lệnh' }).click();
  await page.getByRole('menuitem', { name: 'Xuất…' }).click();
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: 'Xuất bài' }).getByRole('button', { name: 'Xuất HTML' }).click()]);
  const htmlPath = join(folder, html.suggestedFilename());
  await html.saveAs(htmlPath);
  const exported = readFileSync(htmlPath, 'utf8');
  expect(exported).toContain('<h1>Tiếp xúc cử tri trước Kỳ họp thứ 20</h1>');
  expect(exported).toContain('<figcaption class="wp-element-caption">Toàn cảnh buổi tiếp xúc cử tri. <span class="photo-credit">(Ảnh: Ngô Giang Sơn)</span></figcaption>');
  expect(exported).toMatch(/<img src="data:image\/jpeg;base64,[A-Za-z0-9+/]{100,}/);

  // The sheet to sign, on A4.
  await page.getByRole('button', { name: 'Thêm lệnh' }).click();
  await page.getByRole('menuitem', { name: 'Xuất…' }).click();
  await page.getByRole('dialog', { name: 'Xuất bài' }).getByRole('link', { name: 'Mở bản in trình ký' }).click();
  const sheet = page.getByRole('article', { name: 'Bản in trình ký' });
  await expect(sheet.getByRole('heading', { name: 'Tiếp xúc cử tri trước Kỳ họp thứ 20' })).toBeVisible();
  await expect(page.getByTestId('signoff-status')).toHaveText('Đã duyệt');
  await expect(page.getByTestId('signoff-approver')).toHaveText(/^Lê Thị Duyệt, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(sheet.locator('figcaption')).toHaveText('Toàn cảnh buổi tiếp xúc cử tri. (Ảnh: Ngô Giang Sơn)');
  await expect(sheet.locator('figure img')).toHaveJSProperty('complete', true);
  await screenshot(page, '29-signoff-sheet');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync('test-results/screenshots/29-signoff-sheet.pdf', pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.\d+\]/);
  await page.emulateMedia({ media: 'screen' });

  // Another workstation receives the package, then the same package again.
  const otherDir = mkdtempSync(join(tmpdir(), 'toasoan-e2e-office-'));
  const other = await startTestHost(otherDir);
  const otherPage = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  try {
    await otherPage.goto(other.openUrl);
    await otherPage.getByLabel('Chọn gói bài (.toasoan) để nhận').setInputFiles(packagePath);
    await expect(otherPage.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Tiếp xúc cử tri trước Kỳ họp thứ 20');
    await expect(otherPage.getByText(/^Đã nhận bài «Tiếp xúc cử tri trước Kỳ họp thứ 20» từ gói \(1 ảnh, \d+ phiên bản\)\.$/)).toBeVisible();
    await expect(otherPage.locator('.tiptap figure figcaption')).toHaveText('Toàn cảnh buổi tiếp xúc cử tri.');
    await expect(otherPage.locator('.tiptap figure img')).toHaveJSProperty('complete', true);
    await otherPage.goto(other.openUrl);
    await otherPage.getByLabel('Chọn gói bài (.toasoan) để nhận').setInputFiles(packagePath);
    await expect(otherPage.getByText(/^Đã cập nhật bài «Tiếp xúc cử tri trước Kỳ họp thứ 20» từ gói/)).toBeVisible();
    await otherPage.goto(other.openUrl);
    await expect(otherPage.locator('.article-row, [data-testid="article-row"], tbody tr')).toHaveCount(1);
  } finally {
    await otherPage.close();
    await other.stop();
    rmSync(otherDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
});
