import { violations } from './support/axe';
import { expect, test } from './support/fixtures';

// axe-core on every screen and the dialogs a person meets most: no violation is the rule.

test('no accessibility violation on the screens and the main dialogs (axe-core)', async ({ page, workspace }) => {
  const created = await workspace.api<{ id: string }>('articles.create', { title: 'Hội nghị sơ kết 6 tháng' });
  const found: string[] = [];
  const screens: [string, string][] = [
    ['#/', 'Thư viện bài viết'],
    [`#/bai-viet/${created.id}`, 'Soạn bài: Hội nghị sơ kết 6 tháng'],
    [`#/bai-viet/${created.id}/anh`, ''],
    ['#/mau-bai', 'Mẫu bài'],
    ['#/danh-ba', 'Danh bạ'],
    ['#/cai-dat', 'Cài đặt'],
    ['#/thung-rac', 'Thùng rác'],
    [`#/bai-viet/${created.id}/in`, ''],
  ];
  for (const [hash, heading] of screens) {
    await page.goto(`${workspace.host.openUrl}${hash}`);
    if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeAttached();
    await page.waitForLoadState('networkidle');
    found.push(...(await violations(page, hash)));
  }
  await page.goto(workspace.host.openUrl);
  await page.getByRole('button', { name: 'Bài viết mới' }).click();
  await expect(page.getByRole('dialog', { name: 'Bài viết mới' })).toBeVisible();
  found.push(...(await violations(page, 'Bài viết mới')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Hồ sơ làm việc' }).click();
  await expect(page.getByRole('dialog', { name: 'Hồ sơ làm việc' })).toBeVisible();
  found.push(...(await violations(page, 'Hồ sơ làm việc')));
  await page.keyboard.press('Escape');
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  // The state badge's details, on demand.
  await page.getByRole('button', { name: 'Nháp', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Chi tiết trạng thái bài' })).toContainText('Khi xong, bấm «Gửi duyệt»');
  found.push(...(await violations(page, 'Chi tiết trạng thái')));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Chi tiết trạng thái bài' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Thêm lệnh' }).click();
  await page.getByRole('menuitem', { name: 'Xuất…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations(page, 'Xuất…')));
  expect(found).toEqual([]);
});
