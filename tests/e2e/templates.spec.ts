import { LibraryPage } from './models/library-page';
import { EditorPage } from './models/editor-page';
import { expect, screenshot, test } from './support/fixtures';

const GIANG = { name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], organisation: 'UBND tỉnh' };
const HANG = { name: 'Trần Thị Hằng', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'], organisation: 'HĐND tỉnh' };

test('a conference report from its template: fields beside the editor write the draft, hand edits are kept', async ({ page, workspace }) => {
  await workspace.api('office.saveOfficial', GIANG);
  await workspace.api('office.saveOfficial', HANG);
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bài viết mới' });
  await dialog.getByRole('option', { name: /Hội nghị sơ kết \/ tổng kết/ }).click();
  await expect(dialog.getByLabel('Xem trước mẫu «Hội nghị sơ kết / tổng kết»')).toContainText('chủ trì Hội nghị');
  await screenshot(page, '11-template-chooser');
  await dialog.getByRole('button', { name: 'Tạo bài từ mẫu' }).click();

  const editor = new EditorPage(page);
  const panel = page.getByRole('complementary', { name: 'Dữ liệu mẫu' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Tên sự kiện', { exact: true }).fill('kết quả thực hiện Quy chế phối hợp công tác nhiệm kỳ 2021-2026');
  await panel.getByLabel('Thời gian', { exact: true }).fill('29/01/2024 14:00');
  const chairs = panel.getByRole('combobox', { name: 'Thêm người vào «Chủ trì»' });
  await chairs.fill('giang');
  await chairs.press('Enter');
  const attendees = panel.getByRole('combobox', { name: 'Thêm người vào «Cùng dự»' });
  await attendees.fill('hang');
  await attendees.press('Enter');
  await attendees.fill('Ngô Tân Phượng, Phó Chủ tịch UBND tỉnh');
  await attendees.press('Enter');
  await panel.getByLabel('Chỉ đạo của chủ trì', { exact: true }).fill('Tiếp tục phối hợp tuyên truyền các chủ trương mới.');

  await expect(editor.title).toHaveValue('Hội nghị sơ kết kết quả thực hiện Quy chế phối hợp công tác nhiệm kỳ 2021-2026');
  await expect(editor.lead).toHaveValue(
    'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết kết quả thực hiện Quy chế phối hợp công tác nhiệm kỳ 2021-2026. ' +
      'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị. ' +
      'Cùng dự có các đồng chí: Trần Thị Hằng, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Ngô Tân Phượng, Phó Chủ tịch UBND tỉnh.',
  );
  await expect(editor.body).toContainText('Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Hương Giang');
  await expect(editor.body).toContainText('./.');
  await screenshot(page, '12-template-filled');

  // The officer adds a sentence of their own to the lead, then the date changes.
  await editor.lead.press('End');
  await editor.lead.pressSequentially(' Hội nghị diễn ra trong không khí dân chủ.');
  await panel.getByLabel('Thời gian', { exact: true }).fill('30/01/2024 08:00');
  await expect(panel.getByRole('alert')).toContainText('Các phần sau bạn đã sửa tay nên chưa cập nhật');
  await expect(editor.lead).toHaveValue(/Hội nghị diễn ra trong không khí dân chủ\.$/);
  await expect(editor.lead).toHaveValue(/^Chiều 29\/1/);
  await screenshot(page, '13-template-conflict');
  await panel.getByRole('button', { name: 'Thay bằng nội dung mới' }).click();
  await expect(editor.lead).toHaveValue(/^Sáng 30\/1/);

  await editor.waitSaved();
  await page.reload();
  await expect(editor.lead).toHaveValue(/^Sáng 30\/1/);
  await page.getByRole('button', { name: 'Dữ liệu mẫu' }).click();
  await expect(page.getByRole('complementary', { name: 'Dữ liệu mẫu' }).getByLabel('Thời gian', { exact: true })).toHaveValue('30/01/2024 08:00');
});

test('typing @ and a few letters writes a person from the directory with titles', async ({ page, workspace }) => {
  await workspace.api('office.saveOfficial', GIANG);
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Nhắc tên' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  const editor = new EditorPage(page);
  await editor.typeBody('Đồng chí @gia');
  const menu = page.getByRole('listbox', { name: 'Chọn người trong danh bạ' });
  await expect(menu.getByRole('option', { name: /Nguyễn Hương Giang/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type(' chủ trì Hội nghị.');
  await expect(editor.body).toHaveText('Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị.');
});

test('the office duplicates, edits, exports and imports templates; a bad file gets a clear message', async ({ page, workspace }) => {
  await page.goto(`${workspace.host.openUrl}#/mau-bai`);
  await expect(page.getByRole('heading', { name: 'Mẫu bài' })).toBeVisible();
  await page.getByRole('button', { name: /Lễ kỷ niệm/ }).click();
  await page.getByRole('button', { name: 'Nhân bản' }).click();
  await expect(page.getByRole('button', { name: /Lễ kỷ niệm \(bản sao\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Sửa mẫu' }).click();
  await page.getByLabel('Tên mẫu').fill('Lễ kỷ niệm ngày thành lập ngành');
  await page.getByRole('button', { name: 'Lưu mẫu' }).click();
  await expect(page.getByRole('button', { name: /Lễ kỷ niệm ngày thành lập ngành/ })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất ra tệp' }).click();
  const file = await (await download).path();
  expect(file).toBeTruthy();

  await page.getByLabel('Chọn tệp mẫu bài').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion":1}') });
  await expect(page.locator('.toasts')).toContainText('Tệp mẫu bài không hợp lệ');
  await page.getByLabel('Chọn tệp mẫu bài').setInputFiles(file);
  await expect(page.locator('.toasts')).toContainText('Đã nhập mẫu bài.');
  await expect(page.getByRole('button', { name: /Lễ kỷ niệm ngày thành lập ngành/ })).toHaveCount(2);
  await screenshot(page, '14-templates');
});

test('the directory: add a person, import a CSV from Excel, export it back', async ({ page, workspace }) => {
  await page.goto(`${workspace.host.openUrl}#/danh-ba`);
  await page.getByLabel('Họ và tên').fill('Nguyễn Hương Giang');
  await page.getByLabel('Chức danh (cách nhau bởi dấu phẩy)').fill('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh');
  await page.getByRole('button', { name: 'Thêm vào danh bạ' }).click();
  await expect(page.getByRole('cell', { name: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' })).toBeVisible();

  const csv = '\ufeffHọ và tên;Chức danh;Cơ quan\r\nTrần Thị Hằng;Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh;HĐND tỉnh\r\n';
  await page.getByLabel('Chọn tệp CSV danh bạ').setInputFiles({ name: 'danh-ba.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.locator('.toasts')).toContainText('Đã nhập danh bạ: thêm 1 người, cập nhật 0 người.');
  await expect(page.getByRole('cell', { name: 'Trần Thị Hằng', exact: true })).toBeVisible();
  await page.getByLabel('Chọn tệp CSV danh bạ').setInputFiles({ name: 'cu.csv', mimeType: 'text/csv', buffer: Buffer.from([0x48, 0xe9, 0x69, 0x2c, 0xde]) });
  await expect(page.locator('.toasts')).toContainText('không phải văn bản UTF-8');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất ra tệp CSV (mở được bằng Excel)' }).click();
  const { readFileSync } = await import('node:fs');
  const exported = readFileSync((await (await download).path()) as string);
  expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(exported.toString('utf8')).toContain('Trần Thị Hằng,"Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh",HĐND tỉnh');

  await page.getByRole('link', { name: 'Cài đặt' }).click();
  await page.getByLabel('Kiểu mới: hoà, khoẻ, thuỷ, Uỷ ban').click();
  await expect(page.getByLabel('Kiểu mới: hoà, khoẻ, thuỷ, Uỷ ban')).toBeChecked();
  await screenshot(page, '15-directory');
  expect((await workspace.api<{ toneStyle: string }>('settings.get', {})).toneStyle).toBe('new');
});
