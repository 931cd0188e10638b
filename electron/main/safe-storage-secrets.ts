import type { SafeStorage } from 'electron';
import type { SecretStore } from '../services/publish/secrets';

/** Portal passwords encrypted with the operating system's keychain (DPAPI on Windows, libsecret on Linux). */
export class SafeStorageSecretStore implements SecretStore {
  constructor(private readonly safeStorage: Pick<SafeStorage, 'encryptString' | 'decryptString' | 'isEncryptionAvailable'>) {}

  seal(plain: string): string {
    if (!this.safeStorage.isEncryptionAvailable()) throw new Error('Máy này chưa có kho khóa của hệ điều hành để cất mật khẩu cổng.');
    return `s1:${this.safeStorage.encryptString(plain).toString('base64')}`;
  }

  open(sealed: string): string {
    if (!sealed.startsWith('s1:')) throw new Error('not sealed by safeStorage');
    return this.safeStorage.decryptString(Buffer.from(sealed.slice(3), 'base64'));
  }
}
