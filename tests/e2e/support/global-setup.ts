import { existsSync } from 'node:fs';
import { chromiumExecutable } from './browser';
import { electronBinary } from './electron-binary';

export default function globalSetup(): void {
  if (!existsSync('out/main/host.js') || !existsSync('out/renderer/index.html')) {
    throw new Error('The app is not built: run `npm run build:only` (npm test does it) before the end-to-end tests.');
  }
  console.log(`[e2e] browser: ${chromiumExecutable() ?? "Playwright's own Chromium"}`);
  const binary = electronBinary();
  console.log(
    'reason' in binary
      ? `[e2e] Electron end-to-end test will be SKIPPED: ${binary.reason}. The same flow runs in Chromium against the loopback host.`
      : `[e2e] Electron: ${binary.path}`,
  );
}
