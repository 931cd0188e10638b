import { homedir } from 'node:os';
import { join } from 'node:path';
import { PRODUCT_NAME } from '../../shared/version';

/**
 * The folder Electron calls `userData` for this app, computed without Electron so the browser host
 * and the desktop app open the same library. `TOASOAN_DATA_DIR` overrides it (tests use it).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TOASOAN_DATA_DIR) return env.TOASOAN_DATA_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
