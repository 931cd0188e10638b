import { describe, expect, it, vi } from 'vitest';
import { restrictPermissions, isAppUrl, isExternalWebUrl } from '../../../electron/main/security';
import { isTrustedSender } from '../../../electron/main/ipc';

describe('security guards', () => {
  it('knows our own page from everything else', () => {
    const app = 'file:///opt/toa-soan/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(`${app}#/bai-viet/abc`, app)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('https://evil.example/', app)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', app)).toBe(false);
  });

  it('opens only web addresses in the system browser', () => {
    expect(isExternalWebUrl('https://quangninh.gov.vn/')).toBe(true);
    expect(isExternalWebUrl('file:///etc/passwd')).toBe(false);
    expect(isExternalWebUrl('javascript:alert(1)')).toBe(false);
    expect(isExternalWebUrl('smb://server/share')).toBe(false);
  });

  it('denies every permission request, but a folder picked by the person for our own page', () => {
    const app = 'file:///app/out/renderer/index.html';
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    restrictPermissions(session as never, () => app);
    const ask = (permission: string, requestingUrl: string): unknown => {
      const callback = vi.fn();
      session.setPermissionRequestHandler.mock.calls[0][0]({}, permission, callback, { requestingUrl });
      return callback.mock.calls[0][0];
    };
    expect(ask('media', app)).toBe(false);
    expect(ask('notifications', app)).toBe(false);
    expect(ask('fileSystem', app)).toBe(true);
    expect(ask('fileSystem', 'https://x.example/')).toBe(false);
    const check = session.setPermissionCheckHandler.mock.calls[0][0];
    expect(check({}, 'media', 'file://', { requestingUrl: app })).toBe(false);
    expect(check({}, 'fileSystem', 'file://', { requestingUrl: app })).toBe(true);
    expect(check({}, 'fileSystem', 'https://x.example', { requestingUrl: 'https://x.example/' })).toBe(false);
  });

  it('trusts only the main frame of our page', () => {
    const app = 'file:///app/out/renderer/index.html';
    expect(isTrustedSender({ senderFrame: { url: app, parent: null } } as never, app)).toBe(true);
    expect(isTrustedSender({ senderFrame: null } as never, app)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'https://x.example/', parent: null } } as never, app)).toBe(false);
  });
});
