import { conferenceReport } from '../fixtures/docx/make-docx';
import { EditorPage } from './models/editor-page';
import { expect, screenshot, test } from './support/fixtures';

test('a Word report from an agency becomes an article: text, legacy fonts converted, photos with captions in the desk; another goes in at the cursor', async ({ page, workspace }) => {
  await page.goto(workspace.host.openUrl);
  await page.getByLabel('Chọn tệp Word (hoặc .txt) để nhập thành bài mới').setInputFiles({
    name: 'Báo cáo Hội nghị sơ kết.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await conferenceReport({ photos: 2 }),
  });
  const report = page.getByRole('dialog', { name: 'Đã nhập «Báo cáo Hội nghị sơ kết.docx»' });
  await expect(report).toContainText('Đã nhập nội dung và 2 ảnh');
  await expect(report.getByRole('list', { name: 'Những gì không giữ được hoặc đã thay đổi' })).toContainText('Chữ gõ bằng phông TCVN3 (.VnTime…) đã được chuyển sang Unicode.');
  await screenshot(page, '27-word-import-report');
  await report.getByRole('button', { name: 'Đã hiểu' }).click();

  const editor = new EditorPage(page);
  await expect(editor.title).toHaveValue('Hội nghị sơ kết Quy chế phối hợp giữa các cơ quan');
  await expect(editor.lead).toHaveValue('Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết 3 năm thực hiện Quy chế phối hợp.');
  await expect(editor.body).toContainText('KẾT LUẬN HỘI NGHỊ');
  await expect(editor.body.locator('figure figcaption')).toHaveText(['Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị.', 'Ảnh 2: các đại biểu dự Hội nghị.']);
  await expect(editor.body.locator('figure .figure-credit').first()).toHaveText('Ảnh: Ngô Giang Sơn');
  await expect(editor.body.locator('figure img').first()).toHaveJSProperty('complete', true);
  await screenshot(page, '28-word-imported-article');

  // At the cursor: the end of the body.
  await editor.body.locator('p').last().click();
  await page.keyboard.press('End');
  await page.getByLabel('Chọn tệp Word để chèn vào chỗ con trỏ').setInputFiles({
    name: 'them.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await conferenceReport({ photos: 1 }),
  });
  await page.getByRole('dialog', { name: 'Đã nhập «them.docx»' }).getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(editor.body.locator('figure')).toHaveCount(3);
  await expect(editor.body).toContainText('Ban Tuyên giáo Tỉnh ủy đề nghị tiếp tục phối hợp.');
  await editor.waitSaved();
  // A text file dropped into the text goes in where it was dropped.
  const target = await editor.body.locator('p').first().boundingBox();
  await page.evaluate(
    ({ x, y }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Đoạn thả vào từ tệp văn bản.\n'], 'ghi-chu.txt', { type: 'text/plain' }));
      const body = document.querySelector('.ProseMirror') as HTMLElement;
      body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    },
    { x: (target?.x ?? 0) + 5, y: (target?.y ?? 0) + 5 },
  );
  await expect(editor.body).toContainText('Đoạn thả vào từ tệp văn bản.');
  await expect(editor.body.locator('p').first()).toHaveText('Đoạn thả vào từ tệp văn bản.');

  // The second document's photo is the first one again: the desk recognises it and keeps one copy.
  const photos = await workspace.api<{ photos: unknown[] }>('photos.list', { articleId: editor.articleId() });
  expect(photos.photos).toHaveLength(2);
});
