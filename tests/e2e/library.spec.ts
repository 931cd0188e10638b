import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorPage } from './models/editor-page';
import { LibraryPage } from './models/library-page';
import { expect, screenshot, test } from './support/fixtures';

interface Created {
  id: string;
  revision: number;
}

/** An article's file cut short (a crash of another program mid-write, a bad disk): not JSON any more. */
function damageArticleFile(dataDir: string, id: string): void {
  writeFileSync(join(dataDir, 'articles', id, 'article.json'), '{"schemaVersion":1,"article":{"id":');
}

async function seed(workspace: { api: <T>(name: string, input: unknown) => Promise<T> }, title: string, text: string): Promise<Created> {
  const article = await workspace.api<Created>('articles.create', { title });
  await workspace.api('articles.save', {
    id: article.id,
    baseRevision: article.revision,
    title,
    lead: '',
    byline: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  });
  return article;
}

test('search finds articles without diacritics, in titles and in the text', async ({ page, workspace }) => {
  await seed(workspace, 'Hội nghị sơ kết Quy chế phối hợp', 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị.');
  await seed(workspace, 'Ủy ban MTTQ tỉnh gặp mặt', 'Ủy ban Mặt trận Tổ quốc tỉnh tổ chức gặp mặt.');
  await seed(workspace, 'Kiểm tra tại cơ sở', 'Đoàn công tác của Uỷ ban kiểm tra Tỉnh ủy làm việc tại huyện.');
  await seed(workspace, 'Tiếp xúc cử tri', 'Đại biểu HĐND tỉnh tiếp xúc cử tri.');

  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  await expect(library.rows).toHaveCount(4);

  await library.searchFor('hoi nghi so ket');
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText('Hội nghị sơ kết Quy chế phối hợp');

  await library.searchFor('uy ban');
  await expect(library.rows).toHaveCount(2);
  expect((await library.titles()).sort()).toEqual(['Kiểm tra tại cơ sở', 'Ủy ban MTTQ tỉnh gặp mặt'].sort());
  // Where the text says it, the words found marked as they are written (Uỷ and Ủy alike).
  const found = library.rows.filter({ hasText: 'Kiểm tra tại cơ sở' }).locator('.snippet mark');
  await expect(found).toHaveText(['Uỷ', 'ban', 'ủy']);
  await screenshot(page, '07-search-uy-ban');

  // A phrase in quotes: the words in a row, not anywhere.
  await library.searchFor('"tiep xuc cu tri"');
  await expect(library.rows).toHaveCount(1);
  await library.searchFor('"cu tri tiep xuc"');
  await expect(page.getByText('Không tìm thấy bài viết nào khớp với điều kiện lọc.')).toBeVisible();

  await library.searchFor('khong co bai nao nhu the');
  await expect(page.getByText('Không tìm thấy bài viết nào khớp với điều kiện lọc.')).toBeVisible();

  await library.searchFor('');
  await expect(library.rows).toHaveCount(4);
  // Newest change first by default; the other way round on request.
  const newestFirst = await library.titles();
  expect(newestFirst[0]).toBe('Tiếp xúc cử tri');
  await library.sort.selectOption({ label: 'Sửa lâu nhất trước' });
  await expect(library.rows.first()).toContainText('Hội nghị sơ kết');
  await library.statusFilter.selectOption({ label: 'Đã xuất bản' });
  await expect(library.rows).toHaveCount(0);
  await library.statusFilter.selectOption({ label: 'Nháp' });
  await expect(library.rows).toHaveCount(4);
});

test('deleting moves to the trash, which restores or empties', async ({ page, workspace }) => {
  await seed(workspace, 'Lễ kỷ niệm 70 năm', 'Nội dung lễ kỷ niệm.');
  await seed(workspace, 'Đại hội Đoàn', 'Nội dung đại hội.');
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);

  await page.getByRole('button', { name: 'Xóa «Lễ kỷ niệm 70 năm» (chuyển vào thùng rác)' }).click();
  await expect(library.rows).toHaveCount(1);
  await page.locator('.toasts').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(library.rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Xóa «Lễ kỷ niệm 70 năm» (chuyển vào thùng rác)' }).click();
  await page.getByRole('button', { name: 'Xóa «Đại hội Đoàn» (chuyển vào thùng rác)' }).click();
  await expect(library.rows).toHaveCount(0);

  await page.getByRole('link', { name: 'Thùng rác' }).click();
  await expect(page.getByRole('heading', { name: 'Thùng rác' })).toBeVisible();
  await expect(page.locator('.article-table tbody tr')).toHaveCount(2);
  await screenshot(page, '08-trash');
  await page.getByRole('button', { name: 'Khôi phục «Đại hội Đoàn»' }).click();
  await expect(page.locator('.article-table tbody tr')).toHaveCount(1);

  await page.getByRole('button', { name: 'Dọn sạch thùng rác' }).click();
  await page.getByRole('dialog', { name: 'Dọn sạch thùng rác?' }).getByRole('button', { name: 'Dọn sạch' }).click();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();

  await page.getByRole('link', { name: 'Thư viện bài viết', exact: true }).click();
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText('Đại hội Đoàn');
});

test('a damaged article file is moved aside and the person is told', async ({ page, workspace }) => {
  const good = await seed(workspace, 'Bài còn nguyên', 'Không bị ảnh hưởng.');
  const bad = await seed(workspace, 'Bài bị hỏng tệp', 'Nội dung sẽ hỏng.');
  await workspace.api('versions.create', { id: bad.id });
  await workspace.host.stop();
  damageArticleFile(workspace.dataDir, bad.id);
  writeFileSync(join(workspace.dataDir, 'library.json'), 'not json at all');
  const host = await workspace.restart('SIGTERM');

  const library = new LibraryPage(page);
  await library.open(host.openUrl);
  await expect(page.getByText('Tệp mục lục thư viện bị hỏng nên đã được chuyển sang một bên')).toBeVisible();
  await expect(page.getByText(/Tệp của bài «Bài bị hỏng tệp» bị hỏng hoặc bị mất; đã khôi phục từ phiên bản lưu lúc/)).toBeVisible();
  await expect(library.rows).toHaveCount(2);
  await screenshot(page, '09-recovered-notices');
  await page.goto(`${host.origin}/#/bai-viet/${good.id}`);
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toHaveText('Không bị ảnh hưởng.');
  await page.goto(`${host.origin}/#/bai-viet/${bad.id}`);
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toHaveText('Nội dung sẽ hỏng.');
});

test('a file found damaged when its article opens is told, on a start on its address and from the library, and the start asks for the notices once', async ({ page, workspace }) => {
  const first = await seed(workspace, 'Hội nghị sơ kết', 'Bản lưu của hội nghị.');
  const second = await seed(workspace, 'Tiếp xúc cử tri', 'Bản lưu của buổi tiếp xúc.');
  await workspace.api('versions.create', { id: first.id });
  await workspace.api('versions.create', { id: second.id });
  // Damaged while the app was closed, its library intact: found only when the article is read.
  await workspace.host.stop();
  damageArticleFile(workspace.dataDir, first.id);
  const host = await workspace.restart('SIGTERM');
  const asked: string[] = [];
  page.on('request', (request) => {
    const call = /\/api\/(app\.info|profiles\.list)$/.exec(new URL(request.url()).pathname);
    if (call) asked.push(call[1]);
  });

  // Started on its address: read before the app's code runs, told in the notices the app asks for as it starts.
  await page.goto(`${host.openUrl}#/bai-viet/${first.id}`);
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toHaveText('Bản lưu của hội nghị.');
  await expect(page.getByText(/Tệp của bài «Hội nghị sơ kết» bị hỏng hoặc bị mất; đã khôi phục từ phiên bản lưu lúc/)).toBeVisible();
  // Once each: the profile read ahead of the first screen and the app's own look as it starts (its notices, the
  // profile again); the editor no longer asks again after taking the article read ahead.
  expect(asked.filter((name) => name === 'app.info')).toHaveLength(1);
  expect(asked.filter((name) => name === 'profiles.list')).toHaveLength(2);

  // Damaged while the app runs, then opened from the library: told by the services' event, and not taken away by the
  // answer to the app's own look at the new screen, asked as the article was read (without the lists' revisions an
  // older list arriving after the event hid the notice in 5 runs of 12).
  damageArticleFile(workspace.dataDir, second.id);
  await page.getByRole('link', { name: '← Thư viện' }).click();
  await page.getByRole('link', { name: 'Tiếp xúc cử tri' }).click();
  await expect(page.getByRole('textbox', { name: 'Nội dung bài viết' })).toHaveText('Bản lưu của buổi tiếp xúc.');
  await expect(page.getByText(/Tệp của bài «Tiếp xúc cử tri» bị hỏng hoặc bị mất; đã khôi phục từ phiên bản lưu lúc/)).toBeVisible();
});

test('an article that does not exist gets a clear message', async ({ page, workspace }) => {
  await page.goto(`${workspace.host.openUrl}#/bai-viet/khong-ton-tai-123`);
  await expect(page.getByRole('heading', { name: 'Không mở được bài viết' })).toBeVisible();
  await expect(page.getByText('Không tìm thấy bài viết này; có thể bài đã bị xóa vĩnh viễn.')).toBeVisible();
});

test('an article opened from the library gets one editor: what is typed at once stays, and Ctrl+Z takes it back', async ({ page, workspace }) => {
  await seed(workspace, 'Tiếp xúc cử tri tại xã', 'Đoàn đại biểu Quốc hội tiếp xúc cử tri.');
  const library = new LibraryPage(page);
  await library.open(workspace.host.openUrl);
  // Every editor the page makes is counted: a second one would have lost the first one's undo history.
  await page.evaluate(() => {
    const seen = new WeakSet<Element>();
    const probe = window as unknown as { editorsMade: number };
    probe.editorsMade = 0;
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (!(node instanceof HTMLElement)) continue;
          for (const editor of [node, ...node.querySelectorAll('.ProseMirror')]) {
            if (!editor.matches('.ProseMirror') || seen.has(editor)) continue;
            seen.add(editor);
            probe.editorsMade += 1;
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('link', { name: 'Tiếp xúc cử tri tại xã' }).click();
  const editor = new EditorPage(page);
  const body = editor.body;
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Cử tri kiến nghị');
  await expect(body).toContainText('cử tri. Cử tri kiến nghị');
  // The app's own follow-up work after opening (the profile, the notices) is done well before the save.
  await editor.waitSaved();
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText('Đoàn đại biểu Quốc hội tiếp xúc cử tri.');
  expect(await page.evaluate(() => (window as unknown as { editorsMade: number }).editorsMade)).toBe(1);
});

test('the library’s first rows come with the page itself, before its code has run, and only on the library’s address', async ({ page, workspace }) => {
  const created = await workspace.api<{ id: string; revision: number }>('articles.create', {});
  await workspace.api('articles.save', { id: created.id, baseRevision: created.revision, title: 'Kỳ họp thứ 20 HĐND tỉnh', lead: 'Sapo.', byline: '', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
  // The app's code never comes: what shows is the page as the services wrote it.
  await page.route('**/assets/index-*.js', (route) => route.abort());
  await page.goto(workspace.host.openUrl);
  await expect(page.locator('.first-screen .article-link')).toHaveText('Kỳ họp thứ 20 HĐND tỉnh');
  await expect(page.locator('.first-screen time')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(page.locator('.first-screen .count')).toHaveText('1 bài viết');
  await page.unroute('**/assets/index-*.js');
  // With its code, the app takes over in the same place; on an article's address there is no first screen.
  await page.goto(workspace.host.openUrl);
  await expect(page.getByRole('searchbox', { name: 'Tìm bài viết theo tiêu đề và nội dung' })).toBeVisible();
  await expect(page.locator('.first-screen')).toHaveCount(0);
  await page.goto(`${workspace.host.openUrl}#/bai-viet/${created.id}`);
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Kỳ họp thứ 20 HĐND tỉnh');
  await expect(page.locator('.first-screen')).toHaveCount(0);
});
