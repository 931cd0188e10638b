import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { startTestHost } from '../e2e/support/host';
import { percentile, round } from './stats';

export interface UiFigures {
  firstRowsMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
}

interface Probe {
  rowsAt?: number;
  countAt?: number;
  count?: string | null;
}

/** The library as a person sees it, timed inside the page: navigation start to the first rows on screen, and a search from the keystroke to the new rows (less the 150 ms typing pause the page waits for). */
export async function measureLibraryUi(dataDir: string): Promise<UiFigures | { skipped: string }> {
  if (!existsSync('out/main/host.js')) return { skipped: 'the app is not built (npm run build:only)' };
  const host = await startTestHost(dataDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const firstRows: number[] = [];
    const searches: number[] = [];
    for (let visit = 0; visit < 5; visit += 1) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const probe: Probe = {};
        (window as unknown as { probe: Probe }).probe = probe;
        new MutationObserver(() => {
          if (probe.rowsAt === undefined && document.querySelector('.article-table tbody tr')) probe.rowsAt = performance.now();
          const count = document.querySelector('.count')?.textContent ?? null;
          if (count !== probe.count) {
            probe.count = count;
            probe.countAt = performance.now();
          }
        }).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await page.goto(host.openUrl);
      await page.waitForFunction(() => (window as unknown as { probe: Probe }).probe.rowsAt !== undefined);
      firstRows.push(await page.evaluate(() => (window as unknown as { probe: Probe }).probe.rowsAt ?? NaN));
      // Titles end in “số N”, so each query narrows ten thousand rows to a handful, or to none.
      for (const query of ['so 4711', 'hoi nghi so 1234', 'tiep xuc cu tri so 77', 'huan chuong so 9', 'khong co bai nao']) {
        await page.waitForFunction(() => (window as unknown as { probe: Probe }).probe.count?.startsWith('10.000'));
        const before = await page.evaluate(() => {
          const probe = (window as unknown as { probe: Probe }).probe;
          return { at: performance.now(), count: probe.count };
        });
        await page.getByRole('searchbox').fill(query);
        await page.waitForFunction(
          (previous) => {
            const probe = (window as unknown as { probe: Probe }).probe;
            return probe.count !== previous && probe.count !== 'Đang tải…';
          },
          before.count,
        );
        const after = await page.evaluate(() => (window as unknown as { probe: Probe }).probe.countAt ?? NaN);
        searches.push(after - before.at - 150);
        await page.getByRole('searchbox').fill('');
      }
      await page.close();
    }
    return {
      firstRowsMs: round(percentile(firstRows, 50)),
      searchP50Ms: round(percentile(searches, 50)),
      searchP95Ms: round(percentile(searches, 95)),
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
