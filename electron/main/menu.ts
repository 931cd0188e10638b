import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand, FileIntent } from '../../shared/api/events';

/** What the application menu can ask of the app. */
export interface MenuActions {
  /** A command the page carries out (the same as its own buttons and shortcuts). */
  command(command: AppCommand): void;
  /** The system's file dialog for a Word document or an article package, then the page opens what was chosen. */
  chooseFile(kind: 'word' | 'package', intent: FileIntent): void;
  about(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** A packaged app has no reload and no developer tools. */
  packaged: boolean;
}

/**
 * For a shortcut the page handles itself (its editor's Ctrl+Z, its own Ctrl+S…), the menu shows it but leaves
 * the key to the page; a click on the item sends the same command.
 */
function shown(accelerator: string): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  return { accelerator, registerAccelerator: false };
}

/** The application menu, in Vietnamese, with the commands and shortcuts the app has. */
export function menuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (name: AppCommand) => () => actions.command(name);
  const file: MenuItemConstructorOptions = {
    label: 'Tệp',
    submenu: [
      // Word's Ctrl+N (a browser keeps it for a new window, so the page itself answers Ctrl+Alt+N too).
      { label: 'Bài viết mới', accelerator: 'CmdOrCtrl+N', click: command('article.new') },
      { label: 'Nhập Word…', accelerator: 'CmdOrCtrl+O', click: () => actions.chooseFile('word', 'open') },
      { label: 'Nhận gói bài…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.chooseFile('package', 'open') },
      { type: 'separator' },
      { label: 'Xuất…', accelerator: 'CmdOrCtrl+Shift+E', click: command('article.export') },
      { label: 'In phiếu trình ký…', accelerator: 'CmdOrCtrl+P', click: command('article.print') },
      { type: 'separator' },
      { label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
      { type: 'separator' },
      mac ? { label: 'Đóng cửa sổ', role: 'close' } : { label: 'Thoát', role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Sửa',
    submenu: [
      { label: 'Hoàn tác', ...shown('CmdOrCtrl+Z'), click: command('edit.undo') },
      { label: 'Làm lại', ...shown(mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'), click: command('edit.redo') },
      { type: 'separator' },
      { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { label: 'Dán dạng văn bản thuần', role: 'pasteAndMatchStyle', accelerator: 'CmdOrCtrl+Shift+V' },
      { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      { label: 'Tìm bài viết…', ...shown('CmdOrCtrl+F'), click: command('edit.find') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Xem',
    submenu: [
      { label: 'Phóng to', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
      { label: 'Thu nhỏ', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { label: 'Cỡ mặc định', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { type: 'separator' },
      { label: 'Toàn màn hình', role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(options.packaged
        ? []
        : ([
            { type: 'separator' },
            { label: 'Tải lại trang (khi phát triển)', role: 'reload', accelerator: 'CmdOrCtrl+R' },
            { label: 'Công cụ cho nhà phát triển', role: 'toggleDevTools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };
  const article: MenuItemConstructorOptions = {
    label: 'Bài viết',
    submenu: [
      { label: 'Lưu phiên bản', ...shown('CmdOrCtrl+S'), click: command('article.saveVersion') },
      { label: 'Các phiên bản…', click: command('article.versions') },
      { label: 'Kho ảnh của bài', click: command('article.photos') },
      { type: 'separator' },
      { label: 'Chèn từ Word…', click: () => actions.chooseFile('word', 'insert') },
      { label: 'Chuyển mã cũ (TCVN3, VNI)', ...shown('CmdOrCtrl+Shift+F6'), click: command('article.convertLegacy') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Trợ giúp',
    submenu: [
      { label: 'Giới thiệu Tòa soạn', click: () => actions.about() },
      { label: 'Mở thư mục dữ liệu', click: () => actions.openDataFolder() },
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Tòa soạn',
          submenu: [
            { label: 'Giới thiệu Tòa soạn', click: () => actions.about() },
            { type: 'separator' },
            { label: 'Ẩn Tòa soạn', role: 'hide', accelerator: 'Cmd+H' },
            { label: 'Thoát Tòa soạn', role: 'quit', accelerator: 'Cmd+Q' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, article, help];
}
