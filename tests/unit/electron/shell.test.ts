import type { MenuItemConstructorOptions } from 'electron';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';
import { parse } from 'yaml';
import { APP_COMMANDS } from '../../../shared/api/events';
import { appFileFor } from '../../../electron/main/app-protocol';
import { contextMenuTemplate } from '../../../electron/main/context-menu';
import { menuTemplate, type MenuActions } from '../../../electron/main/menu';
import { filesToOpen } from '../../../electron/main/open-files';
import { PageEvents } from '../../../electron/main/page-events';
import { isAppUrl } from '../../../electron/main/security';
import { windowOptions } from '../../../electron/main/window-options';
import { DEFAULT_WINDOW_STATE, fitToScreens, readWindowState } from '../../../electron/main/window-state';


function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const actions = () => ({
  command: vi.fn<MenuActions['command']>(),
  chooseFile: vi.fn<MenuActions['chooseFile']>(),
  about: vi.fn<MenuActions['about']>(),
  openDataFolder: vi.fn<MenuActions['openDataFolder']>(),
});

describe('the application menu', () => {
  for (const platform of ['win32', 'linux', 'darwin'] as const) {
    it(`on ${platform}: Vietnamese labels, every item does something, no shortcut taken twice`, () => {
      const template = menuTemplate(actions(), { platform, packaged: true });
      const tops = template.map((item) => item.label);
      expect(tops).toEqual([...(platform === 'darwin' ? ['Tòa soạn'] : []), 'Tệp', 'Sửa', 'Xem', 'Bài viết', 'Trợ giúp']);
      const all = items(template).filter((item) => item.type !== 'separator');
      for (const item of all) {
        // A role's own label would be English: every item names itself, in NFC Vietnamese.
        expect(item.label, JSON.stringify(item)).toBeTruthy();
        expect(item.label).toBe(item.label!.normalize('NFC'));
        expect(item.label).not.toMatch(/^(File|Edit|View|Help|Undo|Redo|Cut|Copy|Paste|Select|Zoom|Reload|Toggle|Quit|Close|About|Hide|Window)\b/);
        expect(Boolean(item.click) || Boolean(item.role) || Array.isArray(item.submenu), item.label).toBe(true);
      }
      const accelerators = all.map((item) => item.accelerator).filter((value): value is string => Boolean(value));
      const normalised = accelerators.map((key) => key.replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl'));
      expect(new Set(normalised).size).toBe(normalised.length);
    });
  }

  it('sends the commands the page knows, opens the file dialogs, and has no developer tools in a packaged app', () => {
    const handlers = actions();
    const template = menuTemplate(handlers, { platform: 'win32', packaged: true });
    const all = items(template);
    const byLabel = (label: string) => all.find((item) => item.label === label)!;
    const click = (label: string) => (byLabel(label).click as unknown as () => void)();
    click('Bài viết mới');
    click('Hoàn tác');
    click('Lưu phiên bản');
    click('In phiếu trình ký…');
    expect(handlers.command.mock.calls.map(([command]) => command)).toEqual(['article.new', 'edit.undo', 'article.saveVersion', 'article.print']);
    for (const [command] of handlers.command.mock.calls) expect(APP_COMMANDS).toContain(command);
    click('Nhập Word…');
    click('Nhận gói bài…');
    click('Chèn từ Word…');
    expect(handlers.chooseFile.mock.calls).toEqual([
      ['word', 'open'],
      ['package', 'open'],
      ['word', 'insert'],
    ]);
    click('Giới thiệu Tòa soạn');
    expect(handlers.about).toHaveBeenCalled();
    // The page's own shortcuts stay the page's (its editor undoes its own steps); the menu only shows them.
    expect(byLabel('Hoàn tác')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(all.some((item) => item.role === 'toggleDevTools' || item.role === 'reload' || item.role === 'forceReload')).toBe(false);
    expect(items(menuTemplate(actions(), { platform: 'win32', packaged: false })).some((item) => item.role === 'toggleDevTools')).toBe(true);
    // Every command the page understands is reachable from the menu.
    const commands = new Set<string>();
    const counting = { ...actions(), command: (command: string) => commands.add(command) } as unknown as MenuActions;
    for (const item of items(menuTemplate(counting, { platform: 'linux', packaged: true }))) if (item.click && !item.role) (item.click as unknown as () => void)();
    expect([...commands].sort()).toEqual([...APP_COMMANDS].sort());
  });

  it('a packaged window has no developer tools', () => {
    expect(windowOptions('/p.cjs', '/i.png', DEFAULT_WINDOW_STATE, false).webPreferences?.devTools).toBe(false);
    expect(windowOptions('/p.cjs', '/i.png').webPreferences?.devTools).toBe(true);
  });
});

describe('the context menu', () => {
  const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: true };
  it('offers cut, copy, paste, paste as plain text and select all in a text field, enabled as the field allows', () => {
    const template = contextMenuTemplate({ isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: { ...flags, canCut: false, canCopy: false } }, vi.fn());
    const real = template.filter((item) => item.type !== 'separator');
    expect(real.map((item) => [item.label, item.role, item.enabled])).toEqual([
      ['Cắt', 'cut', false],
      ['Sao chép', 'copy', false],
      ['Dán', 'paste', true],
      ['Dán dạng văn bản thuần', 'pasteAndMatchStyle', true],
      ['Chọn tất cả', 'selectAll', true],
    ]);
  });

  it('offers copy on selected text elsewhere, nothing on a blank spot, and puts suggestions on top', () => {
    expect(contextMenuTemplate({ isEditable: false, selectionText: 'Hội nghị', misspelledWord: '', dictionarySuggestions: [], editFlags: flags }, vi.fn()).map((item) => item.label)).toEqual(['Sao chép']);
    expect(contextMenuTemplate({ isEditable: false, selectionText: '  ', misspelledWord: '', dictionarySuggestions: [], editFlags: flags }, vi.fn())).toEqual([]);
    const replace = vi.fn();
    const apply = vi.fn();
    const template = contextMenuTemplate({ isEditable: true, selectionText: '', misspelledWord: 'nghiêm', dictionarySuggestions: ['nghiêm'], editFlags: flags }, replace, [{ label: 'ngiêm → nghiêm', apply }]);
    expect(template.slice(0, 3).map((item) => item.label ?? item.type)).toEqual(['ngiêm → nghiêm', 'nghiêm', 'separator']);
    (template[0].click as unknown as () => void)();
    (template[1].click as unknown as () => void)();
    expect(apply).toHaveBeenCalled();
    expect(replace).toHaveBeenCalledWith('nghiêm');
  });
});

describe('the window remembers its place', () => {
  const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  it('reads what it saved, and the default when the file is missing or damaged', () => {
    const dir = tempDir('toasoan-shell-');
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, '{"x": 1930, "y": 10, "width": 1366, "height": 768, "maximized": true}');
    expect(readWindowState(file)).toEqual({ x: 1930, y: 10, width: 1366, height: 768, maximized: true });
    writeFileSync(file, '{"x": "left", "width": 1e12');
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(file, '{"x": "left", "y": 5, "width": 1000, "height": 700}');
    expect(readWindowState(file)).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('keeps its place on a screen that is still there, and opens centred when that screen has gone', () => {
    const twoScreens = [...screens, { x: 1920, y: 0, width: 1366, height: 728 }];
    const onSecond = { x: 2000, y: 50, width: 1200, height: 700, maximized: false };
    expect(fitToScreens(onSecond, twoScreens)).toEqual(onSecond);
    // The second screen unplugged: no place, so Electron centres it on the one there is.
    expect(fitToScreens(onSecond, screens)).toEqual({ width: 1200, height: 700, maximized: false });
    // Its title bar above the top of every screen: put back as well.
    expect(fitToScreens({ x: 100, y: -500, width: 1200, height: 700, maximized: false }, screens)).toEqual({ width: 1200, height: 700, maximized: false });
    // Larger than any screen there is now: made to fit, never below the minimum.
    expect(fitToScreens({ x: 0, y: 0, width: 3000, height: 2000, maximized: true }, screens)).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: true });
    expect(fitToScreens({ width: 300, height: 200, maximized: false }, screens)).toEqual({ width: 900, height: 600, maximized: false });
  });
});

describe('one instance', () => {
  it('takes packages and Word files from a launch’s arguments, relative to its folder, and nothing else', () => {
    const dir = tempDir('toasoan-shell-');
    mkdirSync(join(dir, 'Tài liệu'));
    writeFileSync(join(dir, 'Tài liệu', 'Hội nghị.docx'), 'PK');
    writeFileSync(join(dir, 'bai.TOASOAN'), 'PK');
    writeFileSync(join(dir, 'ghi-chu.txt'), 'x');
    const argv = ['--no-sandbox', '--flag=bai.toasoan', join('Tài liệu', 'Hội nghị.docx'), join(dir, 'bai.TOASOAN'), 'ghi-chu.txt', 'missing.toasoan', join(dir, 'bai.TOASOAN'), join('Tài liệu')];
    expect(filesToOpen(argv, dir)).toEqual([join(dir, 'Tài liệu', 'Hội nghị.docx'), join(dir, 'bai.TOASOAN')]);
    expect(filesToOpen([], dir)).toEqual([]);
  });

  it('holds events for the page until it listens, and again after a reload', () => {
    const send = vi.fn();
    const events = new PageEvents(() => ({ send }));
    events.send('app.command', { command: 'article.new' });
    expect(send).not.toHaveBeenCalled();
    events.listens('app.openFile');
    expect(send).not.toHaveBeenCalled();
    events.listens('app.command');
    expect(send).toHaveBeenCalledWith('toasoan-event:app.command', { command: 'article.new' });
    events.send('app.command', { command: 'edit.find' });
    expect(send).toHaveBeenCalledTimes(2);
    events.reloaded();
    events.send('app.command', { command: 'edit.undo' });
    expect(send).toHaveBeenCalledTimes(2);
    events.listens('app.command');
    expect(send).toHaveBeenLastCalledWith('toasoan-event:app.command', { command: 'edit.undo' });
  });
});

describe('the packaged app', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8')) as {
    electronFuses: Record<string, boolean>;
    fileAssociations: { ext: string; rank?: string }[];
    nsis: { include?: string };
  };
  it('flips Electron’s fuses: no Node mode, no NODE_OPTIONS or --inspect, encrypted cookies, only its own checked ASAR', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('opens .toasoan files, offers itself for .docx, and registers both for the current user on Windows', () => {
    expect(config.fileAssociations.map((item) => [item.ext, item.rank])).toEqual([
      ['toasoan', 'Owner'],
      ['docx', 'Alternate'],
    ]);
    const script = readFileSync(config.nsis.include ?? '', 'utf8');
    expect(script).toContain('Software\\Classes\\.toasoan');
    expect(script).toContain('Software\\Classes\\.docx\\OpenWithProgids');
    expect(script).toContain('!macro customUnInstall');
  });
});

describe('the navigation guard and the app scheme', () => {
  it('knows our own page by scheme and host, for file: and for our scheme', () => {
    const app = 'toasoan://app/index.html';
    expect(isAppUrl('toasoan://app/index.html#/bai-viet/abc', app)).toBe(true);
    expect(isAppUrl('toasoan://app/assets/x.js', app)).toBe(true);
    expect(isAppUrl('toasoan://evil/index.html', app)).toBe(false);
    expect(isAppUrl('toasoan://user:pw@app/index.html', app)).toBe(false);
    expect(isAppUrl('toasoan-media://app/index.html', app)).toBe(false);
    expect(isAppUrl('file:///opt/toa-soan/resources/app.asar/out/renderer/index.html', app)).toBe(false);
    expect(isAppUrl('https://app/index.html', app)).toBe(false);
    const file = 'file:///opt/toa-soan/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${file}#/x`, file)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false);
    expect(isAppUrl('toasoan://app/index.html', file)).toBe(false);
  });

  it('serves the renderer’s folder and nothing outside it', () => {
    const root = '/opt/toa-soan/out/renderer';
    expect(appFileFor('toasoan://app/index.html', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('toasoan://app/', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('toasoan://app/assets/index-abc.js?v=1', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(appFileFor('toasoan://app/Tài%20liệu.html', root)).toBe(join(root, 'Tài liệu.html'));
    // The URL parser itself takes dot segments away: they never climb out.
    expect(appFileFor('toasoan://app/../main/index.js', root)).toBe(join(root, 'main', 'index.js'));
    expect(appFileFor('toasoan://app/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    for (const bad of [
      'toasoan://app/..%2F..%2Fmain%2Findex.js',
      'toasoan://app/assets/..%5C..%5Csecret',
      'toasoan://app/x%00.js',
      'toasoan://app/%E0%A4%A',
      'toasoan://other/index.html',
      'file:///opt/toa-soan/out/renderer/index.html',
    ]) {
      expect(appFileFor(bad, root), bad).toBeNull();
    }
  });
});
