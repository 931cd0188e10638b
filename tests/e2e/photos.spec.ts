import sharp from 'sharp';
import { expect, screenshot, test } from './support/fixtures';

async function jpeg(color: string, width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).jpeg({ quality: 80 }).toBuffer();
}

test('a photographer imports a batch, captions from the keyboard, credits many, and bad files are named', async ({ page, workspace }) => {
  await workspace.api('office.saveOfficial', { name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], organisation: '' });
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Hội nghị sơ kết Quy chế phối hợp' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  await page.getByRole('link', { name: 'Ảnh', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ảnh của bài «Hội nghị sơ kết Quy chế phối hợp»' })).toBeVisible();

  const one = await jpeg('#aa3333');
  await page.getByLabel('Chọn ảnh để nhập').setInputFiles([
    { name: 'Toàn cảnh hội nghị 01.jpg', mimeType: 'image/jpeg', buffer: one },
    { name: 'phat bieu 02.jpg', mimeType: 'image/jpeg', buffer: await jpeg('#33aa33') },
    { name: 'đại biểu 03.jpg', mimeType: 'image/jpeg', buffer: await jpeg('#3333aa') },
    { name: 'trùng.jpg', mimeType: 'image/jpeg', buffer: one },
    { name: 'ghi chú.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải ảnh') },
    { name: 'chép dở.jpg', mimeType: 'image/jpeg', buffer: (await jpeg('#999999', 2000, 1500)).subarray(0, 4000) },
  ]);
  await expect(page.locator('.toasts')).toContainText('Đã nhập 3 ảnh, bỏ qua 1 ảnh trùng, 2 tệp không nhập được.');
  const failures = page.locator('.import-failures');
  await expect(failures).toContainText('«ghi chú.txt» không phải là ảnh');
  await expect(failures).toContainText('«chép dở.jpg» bị hỏng hoặc chưa chép hết');
  const tiles = page.getByRole('listbox', { name: 'Ảnh của bài' }).getByRole('option');
  await expect(tiles).toHaveCount(3);
  await expect(tiles.first().locator('img')).toHaveJSProperty('complete', true);

  // Caption from the keyboard: Enter saves and moves on.
  await tiles.first().click();
  const caption = page.getByLabel('Chú thích (Enter: lưu và sang ảnh sau)');
  await caption.fill('Toàn cảnh Hội nghị.');
  await caption.press('Enter');
  await expect(tiles.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('group').or(page.locator('details.caption-helpers')).first().locator('summary').click();
  await page.getByLabel('Người trong ảnh (từ danh bạ)').fill('giang');
  await page.getByRole('option', { name: /Nguyễn Hương Giang/ }).click();
  await expect(caption).toHaveValue('Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị.');
  await caption.press('Enter');
  await expect(tiles.nth(2)).toHaveAttribute('aria-selected', 'true');
  await caption.fill('Các đại biểu dự Hội nghị tại UĐND tỉnh.');
  await expect(page.getByRole('list', { name: 'Lỗi văn phong, chính tả trong chú thích' })).toContainText('«UĐND»');
  await page.getByRole('list', { name: 'Lỗi văn phong, chính tả trong chú thích' }).getByRole('button', { name: 'Sửa' }).click();
  await expect(caption).toHaveValue('Các đại biểu dự Hội nghị tại UBND tỉnh.');
  await page.getByLabel('Mô tả ảnh cho người khiếm thị (bắt buộc trước khi gửi duyệt)').fill('Các đại biểu ngồi trong hội trường');
  await caption.press('Enter');

  // Credit for all selected at once.
  await tiles.first().click();
  await tiles.nth(2).click({ modifiers: ['Shift'] });
  await page.getByLabel('Tác giả ảnh cho tất cả ảnh đang chọn').fill('Ngô Giang Sơn');
  await page.getByRole('button', { name: 'Ghi tác giả cho 3 ảnh' }).click();
  await screenshot(page, '16-photo-desk');

  const list = await workspace.api<{ photos: { caption: string; credit: string; alt: string }[]; coverId: string }>('photos.list', { articleId: article.id });
  expect(list.photos.map((photo) => photo.caption)).toEqual([
    'Toàn cảnh Hội nghị.',
    'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị.',
    'Các đại biểu dự Hội nghị tại UBND tỉnh.',
  ]);
  expect(list.photos.every((photo) => photo.credit === 'Ngô Giang Sơn')).toBe(true);
  expect(list.photos[2].alt).toBe('Các đại biểu ngồi trong hội trường');

  // Reorder and cover survive a reload.
  await tiles.nth(2).click();
  await page.getByRole('button', { name: 'Đưa ảnh lên trước' }).click();
  await page.getByRole('button', { name: 'Đặt làm ảnh đại diện' }).click();
  await expect(page.getByRole('button', { name: 'Là ảnh đại diện' })).toBeVisible();
  await page.reload();
  await expect(tiles.nth(1)).toContainText('Các đại biểu dự Hội nghị tại UBND tỉnh.');
  await expect(tiles.nth(1)).toContainText('Ảnh đại diện');

  // Drag a tile before the first one; undo puts it back.
  const order = async (): Promise<string[]> =>
    (await workspace.api<{ photos: { caption: string }[] }>('photos.list', { articleId: article.id })).photos.map((photo) => photo.caption.split(' ')[0]);
  expect(await order()).toEqual(['Toàn', 'Các', 'Đồng']);
  await tiles.nth(2).dragTo(tiles.nth(0), { targetPosition: { x: 12, y: 60 } });
  await expect(page.locator('.toasts')).toContainText('Đã chuyển ảnh sang chỗ mới.');
  await expect(tiles.nth(0)).toContainText('Đồng chí Nguyễn Hương Giang');
  expect(await order()).toEqual(['Đồng', 'Toàn', 'Các']);
  await page.locator('.toasts').getByRole('button', { name: 'Hoàn tác' }).last().click();
  await expect(tiles.nth(2)).toContainText('Đồng chí Nguyễn Hương Giang');
  expect(await order()).toEqual(['Toàn', 'Các', 'Đồng']);

  // A selection of two goes together, in its order, after the last photo.
  await tiles.nth(0).click();
  await tiles.nth(1).click({ modifiers: ['Control'] });
  await tiles.nth(0).dragTo(tiles.nth(2), { targetPosition: { x: 170, y: 60 } });
  await expect(page.locator('.toasts')).toContainText('Đã chuyển 2 ảnh sang chỗ mới.');
  await expect.poll(order).toEqual(['Đồng', 'Toàn', 'Các']);

  // From the keyboard: Alt+→ on the selected photo moves it one place on.
  await tiles.nth(0).click();
  await tiles.nth(0).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(order).toEqual(['Toàn', 'Đồng', 'Các']);
  await expect(tiles.nth(1)).toContainText('Đồng chí Nguyễn Hương Giang');
  await page.reload();
  await expect(tiles.nth(1)).toContainText('Đồng chí Nguyễn Hương Giang');

  // The grid is one stop for Tab; arrows move through it as in a file browser, Enter goes to the caption.
  await tiles.nth(0).click();
  await expect(page.getByLabel('Chú thích (Enter: lưu và sang ảnh sau)')).toBeFocused();
  await expect(page.locator('.photo-tile[tabindex="0"]')).toHaveCount(1);
  await tiles.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tiles.nth(1)).toBeFocused();
  await expect(tiles.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tiles.nth(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tiles.nth(0)).toBeFocused();
  await page.keyboard.press('Shift+End');
  await expect(page.getByText('Đang chọn 3 ảnh.')).toBeVisible();
  await expect(tiles.nth(2)).toBeFocused();
  // Shift+← shrinks the selection back towards where it started.
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByText('Đang chọn 2 ảnh.')).toBeVisible();
  await expect(tiles.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(tiles.nth(2)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Chú thích (Enter: lưu và sang ảnh sau)')).toBeFocused();
  await expect(page.getByLabel('Chú thích (Enter: lưu và sang ảnh sau)')).toHaveValue('Các đại biểu dự Hội nghị tại UBND tỉnh.');
});

test('a photo placed in the article shares its caption with the photo desk, both ways', async ({ page, workspace }) => {
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Tiếp xúc cử tri' });
  const added = await workspace.api<{ photo: { id: string } }>('photos.add', {
    articleId: article.id,
    fileName: 'cu tri.jpg',
    bytes: await jpeg('#556677'),
  });
  await workspace.api('photos.update', { articleId: article.id, photoIds: [added.photo.id], edit: { caption: 'Cử tri phát biểu ý kiến.', credit: 'PV', alt: 'Một cử tri cầm micro' } });

  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}`);
  const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  await page.keyboard.type('Sáng 20/6, Tổ đại biểu tiếp xúc cử tri.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
  const picker = page.getByRole('complementary', { name: 'Chèn ảnh' });
  await expect(picker).toContainText('0 trong 1 ảnh đã có trong bài.');
  await page.getByRole('button', { name: 'Chèn ảnh: Cử tri phát biểu ý kiến.' }).click();
  // The panel says which photos the text holds now.
  await expect(picker).toContainText('1 trong 1 ảnh đã có trong bài.');
  await expect(picker.getByRole('button', { name: 'Chèn ảnh: Cử tri phát biểu ý kiến. (đã có trong bài)' })).toBeVisible();
  const figure = body.locator('figure');
  await expect(figure.locator('figcaption')).toHaveText('Cử tri phát biểu ý kiến.');
  await expect(figure.locator('.figure-credit')).toHaveText('Ảnh: PV');
  await expect(figure.locator('img')).toHaveJSProperty('complete', true);
  expect(await figure.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  // Edit the caption in the text: the photo desk has it too.
  await figure.locator('figcaption').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' về giao thông nông thôn.');
  await expect
    .poll(async () => (await workspace.api<{ photos: { caption: string }[] }>('photos.list', { articleId: article.id })).photos[0].caption)
    .toBe('Cử tri phát biểu ý kiến về giao thông nông thôn.');
  await screenshot(page, '17-figure-in-article');

  // Edit it in the photo desk: the article shows the new caption when opened again.
  await workspace.api('photos.update', { articleId: article.id, photoIds: [added.photo.id], edit: { caption: 'Cử tri xã Đông Ngũ phát biểu ý kiến.' } });
  await page.reload();
  await expect(body.locator('figure figcaption')).toHaveText('Cử tri xã Đông Ngũ phát biểu ý kiến.');
  await expect
    .poll(async () => JSON.stringify((await workspace.api<{ body: unknown }>('articles.get', { id: article.id })).body))
    .toContain('Cử tri xã Đông Ngũ phát biểu ý kiến.');

  // Preview as on the portal: the same HTML the publisher sends.
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByRole('article', { name: 'Bài viết như trên cổng' });
  await expect(preview.getByRole('heading', { name: 'Tiếp xúc cử tri' })).toBeVisible();
  await expect(preview.locator('figcaption')).toHaveText('Cử tri xã Đông Ngũ phát biểu ý kiến. (Ảnh: PV)');
  await expect(preview.locator('figure img')).toHaveAttribute('alt', 'Một cử tri cầm micro');
  await screenshot(page, '23-portal-preview');
});

test('photos dropped on the desk are imported, at the size the office chose', async ({ page, workspace }) => {
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Thả ảnh' });
  await page.goto(`${workspace.host.openUrl}#/cai-dat`);
  await page.getByLabel('Cạnh dài nhất (điểm ảnh, 480–6000)').selectOption('1024');
  await expect.poll(async () => (await workspace.api<{ photoLongestSide: number }>('settings.get', {})).photoLongestSide).toBe(1024);

  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}/anh`);
  await expect(page.getByText('Chưa có ảnh. Kéo thả ảnh')).toBeVisible();
  const files = [
    { name: 'thả 1.jpg', data: (await jpeg('#884422', 2000, 1500)).toString('base64') },
    { name: 'thả 2.png', data: (await sharp({ create: { width: 800, height: 600, channels: 3, background: '#228844' } }).png().toBuffer()).toString('base64') },
    { name: 'ghi chú.txt', data: Buffer.from('bỏ qua').toString('base64') },
  ];
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.data), (char) => char.charCodeAt(0));
      data.items.add(new File([bytes], item.name, { type: item.name.endsWith('.txt') ? 'text/plain' : item.name.endsWith('.png') ? 'image/png' : 'image/jpeg' }));
    }
    return data;
  }, files);
  await page.locator('.photo-desk').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('.toasts')).toContainText('Đã nhập 2 ảnh.');
  const list = await workspace.api<{ photos: { fileName: string; web: { width: number } }[] }>('photos.list', { articleId: article.id });
  expect(list.photos.map((photo) => photo.fileName)).toEqual(['thả 1.jpg', 'thả 2.png']);
  expect(list.photos[0].web.width).toBe(1024);
  expect(list.photos[1].web.width).toBe(800);
});

test('a phone’s HEIC photos arrive upright, with the caption, date and camera they carry', async ({ page, workspace }) => {
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Ảnh điện thoại' });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}/anh`);
  await page.getByLabel('Chọn ảnh để nhập').setInputFiles(['tests/fixtures/photos/hoi-nghi.heic', 'tests/fixtures/photos/hoi-nghi-doc.heic']);
  await expect(page.locator('.toasts')).toContainText('Đã nhập 2 ảnh.');
  const tiles = page.getByRole('listbox', { name: 'Ảnh của bài' }).getByRole('option');
  await expect(tiles).toHaveCount(2);
  await expect(tiles.first()).toContainText('Đại biểu dự Hội nghị');
  await expect(tiles.first().locator('img')).toHaveJSProperty('complete', true);
  // The first photo chosen is the cover, whichever finished first.
  await expect(tiles.first()).toContainText('Ảnh đại diện');
  await expect(tiles.nth(1)).not.toContainText('Ảnh đại diện');
  await tiles.nth(1).click();
  await expect(page.locator('.caption-editor .hint').first()).toHaveText('hoi-nghi-doc.heic · 480×640 · chụp lúc 20/11/2026 08:30 · Apple iPhone 15');
  const preview = page.locator('.photo-preview');
  await expect(preview).toHaveJSProperty('complete', true);
  expect(await preview.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([480, 640]);
  await screenshot(page, '16b-heic-photos');
});

test('the captioned web copies go out to a folder the photographer picks, or as a ZIP', async ({ page, workspace }) => {
  // A folder in memory stands in for the one the system picker would give (Playwright cannot drive that picker).
  await page.addInitScript(() => {
    const written: Record<string, number[]> = {};
    (window as unknown as { folderWrites: Record<string, number[]> }).folderWrites = written;
    (window as unknown as { showDirectoryPicker: unknown }).showDirectoryPicker = async () => ({
      name: 'Ảnh hội nghị',
      getFileHandle: async (name: string) => ({
        createWritable: async () => ({
          write: async (data: Uint8Array) => {
            written[name] = Array.from(data);
          },
          close: async () => undefined,
        }),
      }),
    });
  });
  const article = await workspace.api<{ id: string }>('articles.create', { title: 'Hội nghị xuất ảnh' });
  const captions = ['Toàn cảnh Hội nghị.', 'Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị.'];
  for (const [index, caption] of captions.entries()) {
    const added = await workspace.api<{ photo: { id: string } }>('photos.add', { articleId: article.id, fileName: `${index}.jpg`, bytes: await jpeg(['#aa3333', '#33aa33'][index]) });
    await workspace.api('photos.update', { articleId: article.id, photoIds: [added.photo.id], edit: { caption, credit: 'Ngô Giang Sơn', alt: `Ảnh ${index + 1}` } });
  }
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${article.id}/anh`);
  await page.getByRole('button', { name: 'Xuất tất cả ảnh ra thư mục…' }).click();
  await expect(page.locator('.toasts')).toContainText('Đã xuất 2 ảnh vào thư mục «Ảnh hội nghị» (kèm chú thích, tác giả trong tệp ảnh).');
  const written = await page.evaluate(() => (window as unknown as { folderWrites: Record<string, number[]> }).folderWrites);
  expect(Object.keys(written)).toEqual(['01 - Toàn cảnh Hội nghị.jpg', '02 - Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị.jpg']);
  const second = Buffer.from(written['02 - Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị.jpg']);
  expect([...second.subarray(0, 2)]).toEqual([0xff, 0xd8]);
  // The caption and the credit travel inside the file (IPTC/XMP, UTF-8).
  expect(second.includes(Buffer.from('Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị.'))).toBe(true);
  expect(second.includes(Buffer.from('Ngô Giang Sơn'))).toBe(true);

  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về dạng ZIP' }).click()]);
  expect(zip.suggestedFilename()).toMatch(/^anh-[a-z0-9]{8}\.zip$/);
});
