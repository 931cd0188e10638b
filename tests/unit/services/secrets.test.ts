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
