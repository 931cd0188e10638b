import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Keeps a secret (a portal password) unreadable at rest. The renderer never receives one. */
export interface SecretStore {
  seal(plain: string): string;
  open(sealed: string): string;
}

const KEY_BYTES = 32;

/**
 * For the browser host, where Electron's safeStorage is not available: AES-256-GCM with a random key in
 * `secret.key` beside the data, readable by the user only (0600). Whoever can read that file can read
 * the passwords: it protects against a copied data file, not against the user's own account.
 */
export class KeyFileSecretStore implements SecretStore {
  private readonly key: Buffer;

  /**
   * A key file that is not a key (cut short, overwritten) is moved aside (`secret.key.corrupt-<time>`) and a new
   * one made; `onDamaged` tells the person. What it sealed cannot be opened again and must be typed again.
   */
  constructor(dataDir: string, onDamaged: (movedTo: string) => void = () => undefined, now: () => number = Date.now) {
    const path = join(dataDir, 'secret.key');
    if (existsSync(path) && readFileSync(path).length !== KEY_BYTES) {
      const aside = `${path}.corrupt-${now()}`;
      renameSync(path, aside);
      onDamaged(aside);
    }
    if (!existsSync(path)) writeFileSync(path, randomBytes(KEY_BYTES), { mode: 0o600 });
    chmodSync(path, 0o600);
    this.key = readFileSync(path);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `k1:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')}`;
  }

  open(sealed: string): string {
    if (!sealed.startsWith('k1:')) throw new Error('not sealed by this store');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
