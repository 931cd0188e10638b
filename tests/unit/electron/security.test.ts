import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, isAppUrl, isExternalWebUrl } from '../../../electron/main/security';
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

  it('denies every permission request', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0][0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0][0]()).toBe(false);
  });

  it('trusts only the main frame of our page', () => {
    const app = 'file:///app/out/renderer/index.html';
    expect(isTrustedSender({ senderFrame: { url: app, parent: null } } as never, app)).toBe(true);
    expect(isTrustedSender({ senderFrame: null } as never, app)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'https://x.example/', parent: null } } as never, app)).toBe(false);
  });
});
