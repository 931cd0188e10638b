import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultAbbreviations, defaultProperNames } from '../../electron/services/style-defaults';
import { docToPlainText } from '../../shared/article/doc-text';
import { StyleChecker, type StyleConfig } from '../../shared/style';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { startTestHost } from '../e2e/support/host';
import { articleBody } from './library-generator';
import { percentile, round } from './stats';

const WORDS = 5_000;

function config(): StyleConfig {
  return {
    abbreviations: defaultAbbreviations().map((entry) => entry.abbr),
    properNames: defaultProperNames(),
    toneStyle: 'auto',
    officials: [
      { name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
      { name: 'Trần Thị Hằng', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'] },
    ],
    eventDate: { year: 2024, month: 1, day: 29, hour: 14 },
  };
}

/** Full check of a 5,000-word article (cold: a new checker each time) and the check after one keystroke (warm). */
export function measureChecker(): Record<string, number> {
  const body = articleBody(WORDS);
  const blocks = (body.content ?? []).map((node, index) => `${docToPlainText(node)} Đoạn ${index}.`);
  const article = { title: 'Hội nghị sơ kết Quy chế phối hợp', lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị.', blocks, byline: 'PV' };
  const words = blocks.join(' ').split(/\s+/).length;
  const full: number[] = [];
  for (let run = 0; run < 30; run += 1) {
    const checker = new StyleChecker(config());
    const start = performance.now();
    checker.checkArticle(article);
    full.push(performance.now() - start);
  }
  const checker = new StyleChecker(config());
  checker.checkArticle(article);
  const incremental: number[] = [];
  for (let key = 0; key < 300; key += 1) {
    const index = key % blocks.length;
    blocks[index] = `${blocks[index]}${key % 7 === 0 ? ' ' : 'a'}`;
    const start = performance.now();
    checker.checkArticle({ ...article, blocks });
    incremental.push(performance.now() - start);
  }
  return {
    words,
    blocks: blocks.length,
    fullP50Ms: round(percentile(full, 50)),
    fullP95Ms: round(percentile(full, 95)),
    keystrokeP50Ms: round(percentile(incremental, 50)),
    keystrokeP95Ms: round(percentile(incremental, 95)),
  };
}

interface Latency {
  p50: number;
  p95: number;
}

/**
 * Typing in the editor, in Chromium, with the checker on and off: from each keydown to the frame after
 * it. Keys come every 250 ms, so the checker (which waits 200 ms after a keystroke) runs between every
 * two keys: the worst case for typing.
 */
export async function measureTyping(): Promise<{ on: Latency; off: Latency; ratioP50: number; ratioP95: number } | { skipped: string }> {
  if (!existsSync('out/main/host.js')) return { skipped: 'the app is not built (npm run build:only)' };
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-typing-'));
  const host = await startTestHost(dir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const api = async (name: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${host.origin}/api/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}` },
      body: JSON.stringify(input),
    });
    return ((await response.json()) as { value: unknown }).value;
  };
  try {
    const created = (await api('articles.create', {})) as { id: string };
    await api('articles.save', { id: created.id, baseRevision: 0, title: 'Bài 5.000 chữ', lead: '', byline: 'PV', body: articleBody(WORDS) });
    const run = async (checkWhileTyping: boolean): Promise<Latency> => {
      await api('settings.update', { checkWhileTyping });
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const samples: number[] = [];
        (window as unknown as { latency: number[] }).latency = samples;
        document.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
          },
          true,
        );
      });
      await page.goto(`${host.openUrl}#/bai-viet/${created.id}`);
      const body = page.getByRole('textbox', { name: 'Nội dung bài viết' });
      await body.click();
      await page.keyboard.press('Control+End');
      await page.waitForTimeout(500);
      await page.evaluate(() => (window as unknown as { latency: number[] }).latency.splice(0));
      await page.keyboard.type(' Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026, UBND tỉnh. Tại Hội nghị, các đại biểu thảo luận sôi nổi.', { delay: 250 });
      await page.waitForTimeout(400);
      const samples = await page.evaluate(() => (window as unknown as { latency: number[] }).latency);
      await page.close();
      return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
    };
    const off = await run(false);
    const on = await run(true);
    return { on, off, ratioP50: round(on.p50 / off.p50, 2), ratioP95: round(on.p95 / off.p95, 2) };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
