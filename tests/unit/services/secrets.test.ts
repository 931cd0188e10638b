import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeStorageSecretStore } from '../../../electron/main/safe-storage-secrets';
import { KeyFileSecretStore } from '../../../electron/services/publish/secrets';
import { tempDir } from '../helpers';

describe('secrets', () => {
  it('seals with a key file only its user can read, and opens again after a restart', () => {
    const dir = tempDir();
    const sealed = new KeyFileSecretStore(dir).seal('abcd efgh ijkl mnop');
    expect(sealed).not.toContain('abcd');
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(new KeyFileSecretStore(dir).open(sealed)).toBe('abcd efgh ijkl mnop');
    expect(() => new KeyFileSecretStore(tempDir()).open(sealed)).toThrow();
  });

  it('uses the operating system’s keychain in the desktop app, and says so when there is none', () => {
    const safeStorage = {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from([...Buffer.from(plain)].reverse()),
      decryptString: (data: Buffer) => Buffer.from([...data].reverse()).toString(),
    };
    const store = new SafeStorageSecretStore(safeStorage);
    expect(store.open(store.seal('mật khẩu'))).toBe('mật khẩu');
    expect(() => new SafeStorageSecretStore({ ...safeStorage, isEncryptionAvailable: () => false }).seal('x')).toThrow('kho khóa');
  });
});

describe('a lost or damaged key file', () => {
  it('is moved aside and replaced, the person is told, and the portal asks for its password again instead of failing', async () => {
    const { writeFileSync, existsSync, readdirSync } = await import('node:fs');
    const { createServices } = await import('../../../electron/services/services');
    const dataDir = tempDir();
    let services = await createServices({ dataDir, appVersion: 'test' });
    const portal = await services.handlers['portals.save']({ name: 'Cổng tỉnh', url: 'http://127.0.0.1:9/', user: 'bientap', password: 'abcd efgh ijkl mnop', kind: 'wordpress' });
    expect(portal.hasPassword).toBe(true);
    await services.close();

    writeFileSync(join(dataDir, 'secret.key'), 'hỏng');
    services = await createServices({ dataDir, appVersion: 'test' });
    expect(readdirSync(dataDir).some((name) => name.startsWith('secret.key.corrupt-'))).toBe(true);
    expect(existsSync(join(dataDir, 'secret.key'))).toBe(true);
    expect((await services.handlers['app.info']({})).notices.map((notice) => notice.message)).toEqual([expect.stringContaining('Tệp khóa secret.key bị hỏng')]);
    await expect((async () => services.handlers['portals.test']({ id: portal.id }))()).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Hãy nhập lại mật khẩu ứng dụng trong Cài đặt cổng') });
    await expect.poll(async () => (await services.handlers['portals.list']({}))[0].hasPassword).toBe(false);
    await services.close();

    // A missing key file: a new one is made; the stored password cannot be opened and is asked for again.
    const other = tempDir();
    services = await createServices({ dataDir: other, appVersion: 'test' });
    const second = await services.handlers['portals.save']({ name: 'Cổng tỉnh', url: 'http://127.0.0.1:9/', user: 'bientap', password: 'abcd efgh ijkl mnop', kind: 'wordpress' });
    await services.close();
    const { rmSync } = await import('node:fs');
    rmSync(join(other, 'secret.key'));
    services = await createServices({ dataDir: other, appVersion: 'test' });
    await expect((async () => services.handlers['portals.test']({ id: second.id }))()).rejects.toMatchObject({ message: expect.stringContaining('tệp khóa secret.key bị thiếu hoặc hỏng') });
    await services.close();
  });
});
