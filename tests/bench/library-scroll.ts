import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { startTestHost } from '../e2e/support/host';
import { hostApi } from '../e2e/support/host-api';
import { generateLibrary } from './library-generator';
import { percentile, round } from './stats';

/** Articles in the library, and words in each (the rows show title and lead; bodies only weigh on the index). */
const ARTICLES = Number(process.env.BENCH_LIBRARY_ARTICLES ?? 100_000);
const WORDS = 40;

interface Probe {
  rowsAt?: number;
  /** When the app itself was there (its filters: the first screen has none), or never for the bare page. */
  appAt?: number;
}

/**
 * Issue 16: the library of 100,000 articles in Chromium, through the loopback host, once its search index is
 * filled: navigation start to the first rows (median and worst of 5 openings; the first screen the services write
 * into the page), next to a bare page showing the same rows (the floor), and to the app itself being there (its
 * filters); a steady scroll through the list
 * (40 px a frame for 4 s, as a brisk mouse wheel) with every frame's time, p50/p95/worst and the frames over
 * 25 ms; how many of the rows in view were still «Đang tải…» frame by frame; and a jump half way down (the
 * scroll bar dragged) to the rows there.
 */
/**
 * The floor for «first rows»: the least a page can do in the same browser — a bare HTML page on a loopback server
 * that asks for the same first 100 summaries as JSON and writes them into a table. No framework, no app.
 */
async function barePageFirstRows(rows: unknown[], open: (url: string) => Promise<number>): Promise<number[]> {
  const json = JSON.stringify(rows);
  const html = `<!doctype html><meta charset="utf-8"><title>sàn</title><table><tbody id="rows"></tbody></table><script>
fetch('/rows').then((r) => r.json()).then((items) => {
  const body = document.getElementById('rows');
  for (const item of items) { const tr = document.createElement('tr'); tr.innerHTML = '<td><a class="article-link"></a></td><td></td>'; tr.querySelector('a').textContent = item.title; tr.lastChild.textContent = item.author; body.appendChild(tr); }
});</script>`;
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': request.url === '/rows' ? 'application/json' : 'text/html; charset=utf-8' });
    response.end(request.url === '/rows' ? json : html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const times: number[] = [];
    for (let visit = 0; visit < 5; visit += 1) times.push(await open(url));
    return times;
  } finally {
    server.close();
  }
}

export async function measureLibraryScroll() {
  if (!existsSync('out/main/host.js')) return { skipped: 'the app is not built (npm run build:only)' };
  const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-bench-library-'));
  try {
    const made = performance.now();
    generateLibrary(dataDir, ARTICLES, WORDS);
    const generateS = round((performance.now() - made) / 1000);
    const host = await startTestHost(dataDir);
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      // A normal start has its index: wait for the first start's filling to end.
      const filling = performance.now();
      while ((await hostApi<{ progress: unknown }>(host, 'articles.searchStatus', {})).progress !== null || performance.now() - filling < 1000) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const indexS = round((performance.now() - filling) / 1000);

      const appReady: number[] = [];
      /** A page opened at `url`, and the time from navigation start to a row with a title in it. */
      const openAt = async (url: string) => {
        const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
        // tsx keeps function names with a helper the page does not have.
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        await page.addInitScript(() => {
          const probe: Probe = {};
          (window as unknown as { probe: Probe }).probe = probe;
          new MutationObserver(() => {
            if (probe.rowsAt === undefined && document.querySelector('tbody tr .article-link')) probe.rowsAt = performance.now();
            if (probe.appAt === undefined && document.querySelector('.filters:not(.first-screen-hold)')) probe.appAt = performance.now();
          }).observe(document, { subtree: true, childList: true });
        });
        await page.goto(url);
        await page.waitForFunction(() => (window as unknown as { probe: Probe }).probe.rowsAt !== undefined);
        if (url === host.openUrl) await page.waitForFunction(() => (window as unknown as { probe: Probe }).probe.appAt !== undefined);
        const probe = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
        appReady.push(probe.appAt ?? NaN);
        return { page, at: probe.rowsAt ?? NaN };
      };
      const first = await hostApi<{ items: unknown[] }>(host, 'articles.list', { query: '', sort: 'updated-desc', offset: 0, limit: 100 });
      const floor = await barePageFirstRows(first.items, async (url) => {
        const { page, at } = await openAt(url);
        await page.close();
        return at;
      });
      const firstRows: number[] = [];
      appReady.length = 0;
      for (let visit = 0; visit < 5; visit += 1) {
        const { page, at } = await openAt(host.openUrl);
        firstRows.push(at);
        if (visit < 4) await page.close();
        else {
          await page.waitForTimeout(500);
          const scroll = await page.evaluate(async () => {
            const scroller = document.querySelector('.library-scroll') as HTMLElement;
            const frames: number[] = [];
            const waiting: number[] = [];
            const bounds = scroller.getBoundingClientRect();
            const loading = (): number =>
              [...scroller.querySelectorAll('tbody tr.row-waiting')].filter((row) => {
                const box = row.getBoundingClientRect();
                return box.bottom > bounds.top && box.top < bounds.bottom;
              }).length;
            await new Promise<void>((done) => {
              let last = performance.now();
              const end = last + 4000;
              const step = (now: number): void => {
                frames.push(now - last);
                last = now;
                waiting.push(loading());
                scroller.scrollTop += 40;
                if (now < end) requestAnimationFrame(step);
                else done();
              };
              requestAnimationFrame(step);
            });
            const rows = scroller.querySelectorAll('tbody tr').length;
            // The scroll bar dragged half way: until the row at the top of the view is there.
            const jumpedAt = performance.now();
            scroller.scrollTop = scroller.scrollHeight / 2;
            const target = Math.floor(scroller.scrollTop / 64) + 2;
            await new Promise<void>((done) => {
              const check = (): void => {
                if (scroller.querySelector(`tbody tr[aria-rowindex="${target}"] .article-link`)) done();
                else requestAnimationFrame(check);
              };
              check();
            });
            return { frames: frames.slice(1), waiting, rows, jumpMs: performance.now() - jumpedAt, travelled: scroller.scrollTop };
          });
          await page.close();
          return {
            articles: ARTICLES,
            generateS,
            indexFillS: indexS,
            firstRowsP50Ms: round(percentile(firstRows, 50)),
            firstRowsMaxMs: round(Math.max(...firstRows)),
            barePageFirstRowsP50Ms: round(percentile(floor, 50)),
            appReadyP50Ms: round(percentile(appReady, 50)),
            scrollFrames: scroll.frames.length,
            frameP50Ms: round(percentile(scroll.frames, 50)),
            frameP95Ms: round(percentile(scroll.frames, 95)),
            frameMaxMs: round(Math.max(...scroll.frames)),
            framesOver25Ms: scroll.frames.filter((ms) => ms > 25).length,
            framesWithRowsLoading: scroll.waiting.filter((count) => count > 0).length,
            rowsInPage: scroll.rows,
            jumpHalfWayMs: round(scroll.jumpMs),
          };
        }
      }
      throw new Error('unreachable');
    } finally {
      await browser.close();
      await host.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
