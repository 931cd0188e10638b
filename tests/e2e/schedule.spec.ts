import { startGenericPortal, type GenericPortal } from '../portal/generic-portal';
import { expect, test } from './support/fixtures';

let portal: GenericPortal;
test.beforeAll(async () => {
  portal = await startGenericPortal({ userName: 'Ban biên tập' });
});
test.afterAll(() => portal.close());

test('an approved article is scheduled from the editor: a time in the past is refused, a later one queued', async ({ page, workspace }) => {
  const head = await workspace.api<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'] });
  await workspace.api('profiles.select', { id: head.id });
  await workspace.api('portals.save', { kind: 'generic', name: 'Cổng tỉnh', url: portal.url, user: '', password: portal.token });
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', {});
  await workspace.api('articles.save', {
    id: created.id,
    baseRevision: created.revision,
    title: 'Thông báo lịch tiếp công dân',
    lead: 'Sáng 2/12, UBND tỉnh thông báo lịch tiếp công dân.',
    byline: 'PV',
    categories: ['Thông báo'],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lịch tiếp công dân tháng 12.' }] }] },
  });
  await workspace.api('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' });
  await workspace.api('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });

  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  await page.getByRole('group', { name: 'Quy trình duyệt' }).getByRole('button', { name: 'Lên lịch đăng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lên lịch đăng' });
  const when = dialog.getByLabel('Giờ đăng trên cổng (dd/mm/yyyy HH:mm)');
  await when.fill('01/01/2020 08:00');
  await dialog.getByRole('button', { name: 'Lên lịch' }).click();
  await expect(dialog).toContainText('Giờ đăng đã qua; hãy chọn một thời điểm sau bây giờ.');
  await when.fill('31/12/2099 08:00');
  await dialog.getByRole('button', { name: 'Lên lịch' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('sẽ tự đăng bài lúc 31/12/2099 08:00')).toBeVisible();
});
