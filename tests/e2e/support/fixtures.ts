import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost, type TestHost } from './host';

export interface Workspace {
  dataDir: string;
  host: TestHost;
  /** Stops the host (SIGKILL by default: nothing gets a chance to flush) and starts a new one on the same data. */
  restart(signal?: NodeJS.Signals): Promise<TestHost>;
  /** Calls the loopback API directly, to set up data quickly. */
  api<T = unknown>(name: string, input: unknown): Promise<T>;
}

export const test = base.extend<{ workspace: Workspace }>({
  // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-e2e-'));
    let host = await startTestHost(dataDir);
    const workspace: Workspace = {
      dataDir,
      get host() {
        return host;
      },
      async restart(signal = 'SIGKILL') {
        await host.stop(signal);
        host = await startTestHost(dataDir);
        return host;
      },
      async api<T>(name: string, input: unknown): Promise<T> {
        const response = await fetch(`${host.origin}/api/${name}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
        const body = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
        if (!body.ok) throw new Error(body.error?.message);
        return body.value as T;
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
