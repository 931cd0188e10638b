import { existsSync } from 'node:fs';

/**
 * Which Chromium to drive: TOASOAN_CHROMIUM (or CHROMIUM_PATH) if set, then Debian's /usr/bin/chromium,
 * then the browser Playwright downloaded itself (`npx playwright install chromium`).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.TOASOAN_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Flags for a closed network and a root user (Debian's Chromium in CI). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The benches' flags: the same, and without the omnibox's WebUI popup, which a headless Chromium still loads
 * (≈ 400 modules) beside every new page, on the same cores as the page being measured. It is the browser's own
 * address bar — not in a page, not in Electron — and it came at a different moment of each opening.
 */
export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'];
