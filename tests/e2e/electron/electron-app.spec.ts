import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { conferenceReport } from '../../fixtures/docx/make-docx';
import { EditorPage } from '../models/editor-page';
import { LibraryPage } from '../models/library-page';
import { electronBinary } from '../support/electron-binary';

const binary = electronBinary();
const MAIN = resolve('out/main/index.js');
const SWITCHES = process.platform === 'linux' ? ['--no-sandbox'] : [];

/** The first start asks who is working; these tests are about the shell, so they put it off. */
async function pastFirstStart(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Hồ sơ làm việc' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Để sau' }).click();
}

test.describe('the desktop app (Electron)', () => {
  test.skip('reason' in binary, `Skipped: ${'reason' in binary ? binary.reason : ''}. Where Electron can be downloaded, npm start brings it and this test runs.`);

  let dataDir = '';
  const launch = (args: string[] = []): Promise<ElectronApplication> =>
    electron.launch({
      executablePath: 'path' in binary ? binary.path : undefined,
      args: [MAIN, ...SWITCHES, ...args],
      env: { ...process.env, TOASOAN_DATA_DIR: dataDir },
    });
  test.beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'toasoan-electron-'));
  });
  test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('writes an article that survives a restart of the app, from its own scheme, with nothing of Node in the page', async () => {
    let app = await launch();
    let page = await app.firstWindow();
    expect(page.url()).toBe('toasoan://app/index.html');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((globalThis as unknown as { toasoan: object }).toasoan))).toEqual(['call', 'on']);
    await pastFirstStart(page);
    const library = new LibraryPage(page);
    await expect(library.heading).toBeVisible();
    await library.newArticle();
    const editor = new EditorPage(page);
    await editor.title.fill('Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026');
    await editor.typeBody('Chiều 29/1, UBND tỉnh tổ chức Hội nghị.');
    await editor.waitSaved();
    await editor.saveVersion();
    await page.screenshot({ path: 'test-results/screenshots/electron-editor.png' });
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await pastFirstStart(page);
    await expect(new LibraryPage(page).rows.first()).toContainText('Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026');
    await new LibraryPage(page).searchFor('hoi nghi so ket');
    await expect(new LibraryPage(page).rows).toHaveCount(1);
    await app.close();
  });

  test('has a Vietnamese menu whose commands reach the page', async () => {
    const app = await launch();
    const page = await app.firstWindow();
    await pastFirstStart(page);
    const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(labels).toEqual([...(process.platform === 'darwin' ? ['Tòa soạn'] : []), 'Tệp', 'Sửa', 'Xem', 'Bài viết', 'Trợ giúp']);
    // Tệp → Bài viết mới opens the chooser of the library, as Ctrl+Alt+N does.
    await app.evaluate(({ Menu, BrowserWindow }) => {
      const item = Menu.getApplicationMenu()?.items.find((top) => top.label === 'Tệp')?.submenu?.items.find((entry) => entry.label === 'Bài viết mới');
      item?.click(undefined, BrowserWindow.getAllWindows()[0], undefined as never);
    });
    await expect(page.getByRole('dialog', { name: 'Bài viết mới' })).toBeVisible();
    await app.close();
  });

  test('remembers the window, and a second launch hands its Word file to the first', async () => {
    let app = await launch();
    let page = await app.firstWindow();
    await pastFirstStart(page);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setBounds({ x: 40, y: 30, width: 1100, height: 700 }));
    await page.waitForTimeout(800);
    await app.close();
    app = await launch();
    page = await app.firstWindow();
    const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getBounds());
    expect(bounds).toMatchObject({ width: 1100, height: 700 });
    await pastFirstStart(page);

    const word = join(dataDir, 'Báo cáo Hội nghị.docx');
    writeFileSync(word, await conferenceReport({ photos: 1 }));
    const second = spawn('path' in binary ? binary.path : '', [MAIN, ...SWITCHES, word], { env: { ...process.env, TOASOAN_DATA_DIR: dataDir }, stdio: 'ignore' });
    const code = await new Promise<number | null>((resolveExit) => second.once('exit', resolveExit));
    expect(code).toBe(0);
    expect(app.windows()).toHaveLength(1);
    await expect(page.getByRole('dialog', { name: 'Đã nhập «Báo cáo Hội nghị.docx»' })).toBeVisible({ timeout: 30_000 });
    await app.close();
  });
});
