import sharp from 'sharp';
import { startGenericPortal, type GenericPortal } from '../portal/generic-portal';
import { expect, screenshot, test } from './support/fixtures';

let portal: GenericPortal;
test.beforeAll(async () => {
  portal = await startGenericPortal();
  // A featured photo for the posts of 2019 (a portrait one: it must be shown whole, not cropped).
  const photo = await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#2a6f4e' } })
    .composite([{ input: Buffer.from('<svg width="900" height="1200"><circle cx="450" cy="500" r="300" fill="#f2c14e"/></svg>') }])
    .jpeg()
    .toBuffer();
  portal.media.push({ id: 'anh-dai-dien', externalId: 'anh', caption: '', alt: '', bytes: photo });
  const kinds = ['Hội nghị sơ kết 6 tháng đầu năm', 'Kỳ họp thứ 20 HĐND tỉnh', 'Tiếp xúc cử tri huyện Yên Lạc'];
  for (let index = 0; index < 120; index += 1) {
    const year = 2016 + (index % 10);
    portal.articles.push({
      id: `bai-${5000 + index}`,
      externalId: `kho-${index}`,
      title: `${kinds[index % kinds.length]} năm ${year} (bài ${index})`,
      lead: `<p>Sáng 10/7/${year}, UBND tỉnh tổ chức hội nghị.</p>`,
      html: `<p>Cùng dự có các đồng chí lãnh đạo tỉnh.</p><p>Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh phát biểu chỉ đạo số${index}.</p>`,
      status: 'publish',
      categories: ['Tin hoạt động'],
      author: 'Ban biên tập',
      modified: new Date(Date.UTC(year, 6, 10) + index * 1000).toISOString(),
      ...(year === 2019 ? { featuredMediaId: 'anh-dai-dien' } : {}),
    });
  }
});
test.afterAll(() => portal.close());

test('«Kho bài trên cổng»: the published posts come onto the workstation with a progress bar, are searched with filters beside own articles, and open read-only', async ({ page, workspace }) => {
  const editor = await workspace.api<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'] });
  await workspace.api('profiles.select', { id: editor.id });
  await workspace.api('portals.save', { kind: 'generic', name: 'Cổng tỉnh', url: portal.url, user: '', password: portal.token });
  const own = await workspace.api<{ id: string; revision: number }>('articles.create', {});
  await workspace.api('articles.save', {
    id: own.id,
    baseRevision: own.revision,
    title: 'Hội nghị sơ kết 6 tháng đầu năm 2026',
    lead: 'Sáng nay, UBND tỉnh tổ chức hội nghị.',
    byline: 'PV',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đồng chí Nguyễn Văn An phát biểu.' }] }] },
  });

  await page.goto(`${workspace.host.openUrl}#/kho-bai`);
  await expect(page.getByRole('heading', { name: 'Kho bài trên cổng' })).toBeVisible();
  await expect(page.getByText('0 bài trong kho; chưa cập nhật lần nào')).toBeVisible();
  await page.getByRole('button', { name: 'Cập nhật kho bài' }).click();
  await expect(page.getByText('Đã cập nhật: 120 bài mới hoặc đã sửa.')).toBeVisible();
  await expect(page.getByText(/^120 bài trong kho; cập nhật lần cuối \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible();

  // One search over both: without diacritics, a phrase, then narrowed to the archive, a kind and a year.
  const search = page.getByRole('searchbox', { name: 'Tìm trong bài của cơ quan và kho bài trên cổng' });
  await search.fill('"nguyen van an"');
  await expect(page.getByText('121 kết quả')).toBeVisible();
  // Fifty at a time; the rest come as the list is scrolled to its end.
  await expect(page.locator('.archive-hits li:not(.hint)')).toHaveCount(50);
  for (const shown of [100, 121]) {
    await page.locator('.archive-hits li.hint').scrollIntoViewIfNeeded();
    await expect(page.locator('.archive-hits li:not(.hint)')).toHaveCount(shown);
  }
  await expect(page.locator('.archive-hits li.hint')).toHaveCount(0);
  await expect(page.locator('.archive-hits li').first()).toContainText('Bài của cơ quan');
  // The kind of event is one filter for both: the office's own sơ kết is among them.
  await page.getByLabel('Loại sự kiện').selectOption({ label: 'Hội nghị sơ kết' });
  await expect(page.getByText('41 kết quả')).toBeVisible();
  await page.getByLabel('Nguồn').selectOption({ label: 'Kho bài trên cổng' });
  await page.getByLabel('Từ ngày').fill('01/01/2019');
  await page.getByLabel('Đến ngày').fill('31/12/2019');
  // Of the sơ kết posts (index % 3 = 0), those of 2019 (index % 10 = 3): 3, 33, 63, 93.
  await expect(page.getByText('4 kết quả')).toBeVisible();
  await expect(page.locator('.archive-hits li')).toHaveCount(4);
  await expect(page.locator('.archive-hits li').first().locator('.snippet mark')).toHaveText(['Nguyễn', 'Văn', 'An']);
  // Each with its featured photo, brought in as a thumbnail and loaded from the workstation.
  await expect(page.locator('.archive-hits .archive-thumb')).toHaveCount(4);
  await expect.poll(() => page.locator('.archive-hits .archive-thumb').first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(180);
  await screenshot(page, '46-archive-search');
  // The category, chosen from those the search knows; one the posts are not in finds none.
  const category = page.getByLabel('Chuyên mục');
  await expect(page.locator('#archive-categories option')).toHaveCount(1);
  await category.fill('Tin hoạt động');
  await expect(page.getByText('4 kết quả')).toBeVisible();
  await category.fill('Kinh tế');
  await expect(page.getByText('0 kết quả')).toBeVisible();
  await category.fill('');
  await expect(page.getByText('4 kết quả')).toBeVisible();

  // Opened read-only beside the list; a paragraph is copied for the draft.
  await page.locator('.archive-hits li').first().getByRole('button').click();
  const post = page.getByRole('article', { name: /^Bài trên cổng: Hội nghị sơ kết 6 tháng đầu năm năm 2019 \(bài 93\)$/ });
  await expect(post).toContainText('chỉ đọc');
  await expect(post).toContainText('Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh phát biểu chỉ đạo số93.');
  await expect.poll(() => post.getByRole('img', { name: /^Ảnh đại diện của bài/ }).evaluate((image: HTMLImageElement) => image.naturalHeight)).toBe(240);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await post.getByRole('button', { name: 'Chép đoạn 2' }).click();
  await expect(page.getByText('Đã chép đoạn văn; dán vào bài bằng Ctrl+V.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh phát biểu chỉ đạo số93.');
  await screenshot(page, '47-archive-post');

  // A second pull brings nothing new; a post removed from the portal is marked and leaves the search.
  portal.articles.splice(portal.articles.findIndex((item) => item.id === 'bai-5093'), 1);
  await page.getByRole('button', { name: 'Cập nhật kho bài' }).click();
  await expect(page.getByText('Đã cập nhật: 0 bài mới hoặc đã sửa.')).toBeVisible();
  await page.getByLabel('Từ ngày').fill('01/01/2019 ');
  await expect(page.getByText('3 kết quả')).toBeVisible();
});

test('«Bài cùng loại» in the editor: earlier reports of the same kind, one read beside the draft, its list of those present and a paragraph put into the draft', async ({ page, workspace }) => {
  const editor = await workspace.api<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver', 'reporter'] });
  await workspace.api('profiles.select', { id: editor.id });
  const portalSaved = await workspace.api<{ id: string }>('portals.save', { kind: 'generic', name: 'Cổng tỉnh', url: portal.url, user: '', password: portal.token });
  await workspace.api('archive.pull', { portalId: portalSaved.id });
  await expect.poll(async () => (await workspace.api<{ kept: number }>('archive.status', { portalId: portalSaved.id })).kept).toBe(portal.articles.length);
  const draft = await workspace.api<{ id: string; revision: number }>('articles.create', {});
  await workspace.api('articles.save', {
    id: draft.id,
    baseRevision: draft.revision,
    title: '',
    lead: '',
    byline: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sáng nay, UBND tỉnh tổ chức hội nghị.' }] }] },
  });

  await page.goto(`${workspace.host.openUrl}#/bai-viet/${draft.id}`);
  await page.getByRole('button', { name: 'Thêm lệnh' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Bài cùng loại' }).click();
  const panel = page.getByRole('complementary', { name: 'Bài cùng loại' });
  // Without a title there is nothing to go by; once it is typed (and saved), «Tìm lại» finds them.
  await expect(panel).toContainText('Chưa có bài nào cùng loại');
  await page.getByLabel('Tiêu đề', { exact: true }).fill('Hội nghị sơ kết 6 tháng đầu năm 2026');
  await expect.poll(async () => (await workspace.api<{ title: string }>('articles.get', { id: draft.id })).title).toBe('Hội nghị sơ kết 6 tháng đầu năm 2026');
  await panel.getByRole('button', { name: 'Tìm lại' }).click();
  const first = panel.locator('.related-list li').first();
  await expect(first).toContainText('Hội nghị sơ kết 6 tháng đầu năm');
  await expect(first).toContainText('Kho bài trên cổng');
  // The same kind first: every sơ kết before any other kind.
  const kinds = await panel.locator('.related-list li .archive-meta').allTextContents();
  const firstOther = kinds.findIndex((text) => text.includes('khác loại'));
  expect(kinds.slice(0, firstOther === -1 ? undefined : firstOther).every((text) => text.includes('Hội nghị sơ kết'))).toBe(true);
  await screenshot(page, '48-related-list');

  await first.getByRole('button').click();
  const reference = panel.getByRole('article', { name: /^Bài tham khảo \(chỉ đọc\): Hội nghị sơ kết/ });
  await expect(reference).toContainText('chỉ đọc');
  // At the end of the draft's text, the list of those present, then a paragraph of last year's report.
  await page.locator('.body-editor .ProseMirror').click();
  await page.keyboard.press('Control+End');
  await reference.getByRole('button', { name: 'Chèn danh sách đại biểu' }).click();
  await expect(page.locator('.body-editor .ProseMirror')).toContainText('Cùng dự có các đồng chí lãnh đạo tỉnh.');
  await reference.getByRole('button', { name: 'Chèn đoạn 2 vào bài' }).click();
  await screenshot(page, '49-related-reference');
  await expect
    .poll(async () => {
      const stored = await workspace.api<{ body: { content: { content?: { text: string }[] }[] } }>('articles.get', { id: draft.id });
      return stored.body.content.map((block) => block.content?.map((node) => node.text).join('') ?? '');
    })
    .toEqual([
      'Sáng nay, UBND tỉnh tổ chức hội nghị.',
      'Cùng dự có các đồng chí lãnh đạo tỉnh.',
      expect.stringMatching(/^Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh phát biểu chỉ đạo số\d+\.$/),
    ]);
  // Undone like typing.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.body-editor .ProseMirror')).not.toContainText('phát biểu chỉ đạo số');
});
