import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';
import { browserCommand } from '../../../electron/host/open-browser';
import { electronDownloadHost, installedElectron } from '../../../electron/launch/electron-binary';
import { chooseShell, displayProblem, parseStartArgs } from '../../../electron/launch/start';


describe('npm start', () => {
  it('reads its options', () => {
    expect(parseStartArgs([])).toEqual({ web: false, hostArgs: [] });
    expect(parseStartArgs(['--web', '--port', '4790', '--data-dir', '/tmp/x', '--bogus'])).toEqual({ web: true, hostArgs: ['--port', '4790', '--data-dir', '/tmp/x'] });
  });

  it('knows a Linux machine without a screen', () => {
    expect(displayProblem({}, 'linux')).toMatch(/không có màn hình đồ họa/);
    expect(displayProblem({ DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(displayProblem({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull();
    expect(displayProblem({}, 'win32')).toBeNull();
  });

  it('opens the window where the binary is there or can be fetched, else the browser with the reason', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const args = parseStartArgs([]);
    const screen = { DISPLAY: ':0' };
    const download = vi.fn(async () => ({ reason: 'không tải được Electron từ github.com (TypeError: fetch failed; getaddrinfo ENOTFOUND github.com)' }));
    expect(await chooseShell(args, screen, 'linux', { installed: () => ({ path: '/e/electron' }), download })).toEqual({ shell: 'electron', binary: '/e/electron' });
    expect(download).not.toHaveBeenCalled();
    expect(await chooseShell(args, screen, 'linux', { installed: () => ({ reason: 'chưa tải' }), download: async () => ({ path: '/new/electron' }) })).toEqual({
      shell: 'electron',
      binary: '/new/electron',
    });
    expect(await chooseShell(args, screen, 'linux', { installed: () => ({ reason: 'chưa tải' }), download })).toEqual({ shell: 'browser', reason: expect.stringContaining('ENOTFOUND github.com') });
    // No screen: nothing is downloaded for a window that cannot appear.
    download.mockClear();
    expect(await chooseShell(args, {}, 'linux', { installed: () => ({ reason: 'chưa tải' }), download })).toEqual({ shell: 'browser', reason: expect.stringMatching(/màn hình/) });
    expect(download).not.toHaveBeenCalled();
    expect(await chooseShell(parseStartArgs(['--web']), screen, 'linux', { installed: () => ({ path: '/e/electron' }), download })).toEqual({ shell: 'browser', reason: null });
    log.mockRestore();
  });

  it('finds the Electron binary the package downloaded, without starting a download', () => {
    const dir = tempDir('toasoan-launch-');
    expect(installedElectron({}, null)).toEqual({ reason: expect.stringMatching(/chưa được cài/) });
    expect(installedElectron({}, dir)).toEqual({ reason: 'chưa tải tệp chạy Electron về máy' });
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(installedElectron({}, dir)).toEqual({ reason: expect.stringMatching(/thiếu tệp chạy Electron/) });
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(installedElectron({}, dir)).toEqual({ path: join(dir, 'dist', 'electron') });
    expect(installedElectron({ ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') }, dir)).toEqual({ path: join(dir, 'dist', 'electron') });
    expect(installedElectron({ ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, dir)).toEqual({ reason: expect.stringMatching(/ELECTRON_OVERRIDE_DIST_PATH/) });
    expect(electronDownloadHost({})).toBe('github.com');
    expect(electronDownloadHost({ ELECTRON_MIRROR: 'https://mirror.example.vn/electron/' })).toBe('mirror.example.vn');
  });

  it('opens the address with the system browser where there is one', () => {
    const url = 'http://127.0.0.1:4780/?token=abc&x=1';
    const bin = tempDir('toasoan-launch-');
    expect(browserCommand(url, { PATH: bin }, 'linux')).toBeNull();
    writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\n');
    chmodSync(join(bin, 'xdg-open'), 0o755);
    expect(browserCommand(url, { PATH: bin }, 'linux')).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand(url, { PATH: bin, BROWSER: 'none' }, 'linux')).toBeNull();
    expect(browserCommand(url, {}, 'darwin')).toEqual({ command: 'open', args: [url] });
    expect(browserCommand(url, {}, 'win32')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:4780/?token=abc^&x=1'] });
  });
});

describe('the browser host port', () => {
  it('takes the next free port when the usual one is taken, and gives up after a few', async () => {
    const { onNextFreePort } = await import('../../../electron/host/next-free-port');
    const taken = new Set([4780, 4781]);
    const start = vi.fn(async (port: number) => {
      if (taken.has(port)) throw Object.assign(new Error('in use'), { code: 'EADDRINUSE' });
      return port;
    });
    expect(await onNextFreePort(start, 4780, 20)).toBe(4782);
    await expect(onNextFreePort(start, 4780, 2)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await expect(onNextFreePort(async () => Promise.reject(Object.assign(new Error('no'), { code: 'EACCES' })), 80, 20)).rejects.toMatchObject({ code: 'EACCES' });
  });
});
