import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInLexicon, defaultAbbreviations, defaultConfusions, defaultProperNames } from '../../electron/services/style-defaults';
import { docToPlainText } from '../../shared/article/doc-text';
import { StyleChecker, type StyleConfig } from '../../shared/style';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { startTestHost } from '../e2e/support/host';
import { articleBody } from './library-generator';
import { percentile, round } from './stats';

const WORDS = 5_000;

function config(spelling: boolean): StyleConfig {
  return {
    spelling: spelling ? { lexicon: builtInLexicon(), confusions: defaultConfusions(), words: [], severity: 'warning' } : null,
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

/** Typos of each kind, one every few paragraphs: the spelling rules' slow path (suggestions) is measured too. */
const TYPOS = ['Các đơn vị thực hiện ngiêm túc.', 'Cập nhật thoong tin kịp thời.', 'Năng xuất lao động tăng.', 'Phát biểu trước các dai biểu.', 'Tổ chưc đoàn thể tham gia.'];

/** The 5,000-word article as text blocks, with a typo in every fifth paragraph. */
export function benchBlocks(): string[] {
  return (articleBody(WORDS).content ?? []).map((node, index) => `${docToPlainText(node)} Đoạn ${index}.${index % 5 === 0 ? ` ${TYPOS[(index / 5) % TYPOS.length]}` : ''}`);
}

/**
 * Full check of a 5,000-word article (cold: a new checker each time, the spelling lists already read, as in the
 * app) and the check after one keystroke (warm), with spelling off and on.
 */
export function measureChecker(spelling: boolean): Record<string, number | string> {
  builtInLexicon();
  const blocks = benchBlocks();
  const article = { title: 'Hội nghị sơ kết Quy chế phối hợp', lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị.', blocks, byline: 'PV' };
  const words = blocks.join(' ').split(/\s+/).length;
  const full: number[] = [];
  for (let run = 0; run < 30; run += 1) {
    const checker = new StyleChecker(config(spelling));
    const start = performance.now();
    checker.checkArticle(article);
    full.push(performance.now() - start);
  }
  const checker = new StyleChecker(config(spelling));
  const findings = checker.checkArticle(article).filter((finding) => finding.rule === 'spelling').length;
  const incremental: number[] = [];
  for (let key = 0; key < 300; key += 1) {
    const index = key % blocks.length;
    blocks[index] = `${blocks[index]}${key % 7 === 0 ? ' ' : 'a'}`;
    const start = performance.now();
    checker.checkArticle({ ...article, blocks });
    incremental.push(performance.now() - start);
  }
  return {
    spelling: spelling ? 'bật' : 'tắt',
    words,
    blocks: blocks.length,
    spellingFindings: findings,
    // The first check of the run: nothing remembered yet (the tone of each word, the lists' answers) — an article
    // opened for the first time. The runs after it are each with a new checker, the words' answers kept.
    firstMs: round(full[0]),
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
export async function measureTyping(): Promise<{ off: Latency; on: Latency; spelling: Latency; ratioP50: number; ratioP95: number; spellingRatioP50: number; spellingRatioP95: number } | { skipped: string }> {
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
    const paragraphs = benchBlocks().map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
    await api('articles.save', { id: created.id, baseRevision: 0, title: 'Bài 5.000 chữ', lead: '', byline: 'PV', body: { type: 'doc', content: paragraphs } });
    const run = async (checkWhileTyping: boolean, spellingCheck: boolean): Promise<Latency> => {
      await api('settings.update', { checkWhileTyping, spellingCheck });
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
      // Two sentences (about 220 keys): enough samples for a p95 that is not the second-worst key.
      await page.keyboard.type(' Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026, UBND tỉnh. Tại Hội nghị, các đại biểu thảo luận sôi nổi. Đồng chí Chủ tịch UBND tỉnh phát biểu kết luận, yêu cầu các sở, ngành tiếp tục phối hợp chặt chẽ.', { delay: 250 });
      await page.waitForTimeout(400);
      const samples = await page.evaluate(() => (window as unknown as { latency: number[] }).latency);
      await page.close();
      return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
    };
    const off = await run(false, false);
    const on = await run(true, false);
    const spelling = await run(true, true);
    return {
      off,
      on,
      spelling,
      ratioP50: round(on.p50 / off.p50, 2),
      ratioP95: round(on.p95 / off.p95, 2),
      spellingRatioP50: round(spelling.p50 / on.p50, 2),
      spellingRatioP95: round(spelling.p95 / on.p95, 2),
    };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
