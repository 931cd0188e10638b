import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost, type TestHost } from './host';
import { hostApi } from './host-api';

export interface Workspace {
  dataDir: string;
  host: TestHost;
  /** Stops the host (SIGKILL by default: nothing gets a chance to flush) and starts a new one on the same data. */
  restart(signal?: NodeJS.Signals): Promise<TestHost>;
  /** Calls the loopback API directly, to set up data quickly. */
  api<T = unknown>(name: string, input: unknown): Promise<T>;
}

export const test = base.extend<{ workspace: Workspace; seedProfile: boolean }>({
  /**
   * A first start asks who is working. Most tests are about something else, so the workspace starts with one
   * profile chosen (a reporter who also takes photos); `test.use({ seedProfile: false })` meets the first start.
   */
  seedProfile: [true, { option: true }],
  workspace: async ({ seedProfile }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-e2e-'));
    const profile = seedProfile ? undefined : null;
    let host = await startTestHost(dataDir, { profile });
    const workspace: Workspace = {
      dataDir,
      get host() {
        return host;
      },
      async restart(signal = 'SIGKILL') {
        await host.stop(signal);
        host = await startTestHost(dataDir, { profile });
        return host;
      },
      api<T>(name: string, input: unknown): Promise<T> {
        return hostApi<T>(host, name, input);
      },
    };
    await use(workspace);
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
