import { startGenericPortal, type GenericPortal } from '../portal/generic-portal';
import { expect, screenshot, test } from './support/fixtures';

let portal: GenericPortal;
test.beforeAll(async () => {
  portal = await startGenericPortal({ userName: 'Ban biên tập Cổng tỉnh' });
});
test.afterAll(() => portal.close());

test('a portal that is not WordPress: set up with its token, tested, and an article sent to it for review from «Gửi lên cổng…»', async ({ page, workspace }) => {
  // The portal is set up by the office's editor (portal settings are an editor's); the reporter then sends.
  const editor = await workspace.api<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'] });
  const reporter = await workspace.api<{ id: string }>('profiles.save', { name: 'Ngô Giang Sơn', roles: ['reporter'] });
  await workspace.api('profiles.select', { id: reporter.id });
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', {});
  await workspace.api('articles.save', {
    id: created.id,
    baseRevision: created.revision,
    title: 'Thông báo lịch tiếp công dân tháng 12',
    lead: 'UBND tỉnh thông báo lịch tiếp công dân định kỳ tháng 12.',
    byline: 'PV',
    categories: ['Thông báo'],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lịch tiếp công dân như sau./.' }] }] },
  });

  await workspace.api('profiles.select', { id: editor.id });
  await page.goto(`${workspace.host.openUrl}#/cai-dat`);
  await page.getByLabel('Loại cổng').selectOption('generic');
  await page.getByLabel('Tên cổng').fill('Cổng tỉnh (API riêng)');
  await page.getByLabel('Địa chỉ API của cổng').fill(portal.url);
  await page.getByLabel(/^Mã truy cập \(token\)/).fill('token-cu-het-han');
  await page.getByRole('button', { name: 'Thêm cổng' }).click();
  await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  await expect(page.getByTestId('portal-result')).toHaveText(/^Cổng từ chối mã truy cập \(token sai hoặc đã hết hạn\)/);
  await page.getByRole('button', { name: 'Sửa', exact: true }).click();
  await page.getByLabel(/^Mã truy cập \(token\)/).fill(portal.token);
  await page.getByRole('button', { name: 'Lưu cổng' }).click();
  await page.getByRole('button', { name: 'Kiểm tra kết nối' }).click();
  await expect(page.getByTestId('portal-result')).toHaveText(/^Kết nối được «Cổng TTĐT tỉnh \(thử\)» với tài khoản Ban biên tập Cổng tỉnh\./);
  await screenshot(page, '30-generic-portal-settings');

  await workspace.api('profiles.select', { id: reporter.id });
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  await page.getByRole('button', { name: 'Gửi lên cổng…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gửi lên cổng' });
  await expect(dialog.getByRole('combobox', { name: 'Cổng' })).toHaveValue(/.+/);
  await dialog.getByLabel(/^Chờ duyệt trên cổng/).check();
  await dialog.getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(page.getByTestId('publish-state')).toContainText('Đã gửi lên cổng, chờ duyệt:', { timeout: 30_000 });
  await expect(page.getByTestId('article-status')).toHaveText('Nháp');
  expect(portal.articles.map((item) => [item.title, item.status, item.externalId])).toEqual([['Thông báo lịch tiếp công dân tháng 12', 'pending', `toasoan-${created.id}`]]);
  expect(portal.categories.map((category) => category.name)).toEqual(['Thông báo']);
});
