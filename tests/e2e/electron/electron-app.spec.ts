import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EditorPage } from '../models/editor-page';
import { LibraryPage } from '../models/library-page';
import { electronBinary } from '../support/electron-binary';

const binary = electronBinary();

test.describe('the desktop app (Electron)', () => {
  test.skip('reason' in binary, `Skipped: ${'reason' in binary ? binary.reason : ''}. Where Electron can be downloaded, npm install brings it and this test runs.`);

  test('writes an article that survives a restart of the app', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-electron-'));
    const launch = () =>
      electron.launch({
        executablePath: 'path' in binary ? binary.path : undefined,
        args: [resolve('out/main/index.js'), ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
        env: { ...process.env, TOASOAN_DATA_DIR: dataDir },
      });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((globalThis as unknown as { toasoan: object }).toasoan))).toEqual(['call']);
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
      await expect(new LibraryPage(page).rows.first()).toContainText('Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026');
      await new LibraryPage(page).searchFor('hoi nghi so ket');
      await expect(new LibraryPage(page).rows).toHaveCount(1);
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
