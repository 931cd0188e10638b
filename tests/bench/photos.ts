import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaService } from '../../electron/services/media/media-service';
import { NoticeBoard } from '../../electron/services/notices';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { startTestHost } from '../e2e/support/host';
import { hostApi } from '../e2e/support/host-api';
import { round } from './stats';

const COUNT = Number(process.env.BENCH_PHOTOS ?? 100);
const WIDTH = 6000;
const HEIGHT = 4000;
const SETTINGS = { longestSide: 1600, quality: 82 };

/** 100 different 24-megapixel JPEGs on disk: one noisy picture (as costly to decode as a real one), each with its own bytes after the end marker. */
async function photos(dir: string): Promise<string[]> {
  const base = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
  const paths = Array.from({ length: COUNT }, (_, index) => {
    const path = join(dir, `ảnh ${index}.jpg`);
    writeFileSync(path, Buffer.concat([base, Buffer.from(`toasoan-bench-${index}`)]));
    return path;
  });
  // On disk before anything is timed: otherwise the kernel writes these 1.2 GB back (after 30 s) in the
  // middle of whichever run comes second, and that run pays for it.
  execFileSync('sync');
  return paths;
}

async function inPairs<T>(items: T[], task: (item: T) => Promise<unknown>): Promise<void> {
  const queue = [...items];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all([worker(), worker()]);
}

/** What any program must do at least: read each file, write the same web copy and thumbnail, with bare sharp, two at a time. */
async function bareSharp(files: string[], out: string): Promise<number> {
  const start = performance.now();
  let index = 0;
  await inPairs(files, async (file) => {
    const bytes = await readFile(file);
    const name = String(index++);
    const web = await sharp(bytes).autoOrient().resize(SETTINGS.longestSide, SETTINGS.longestSide, { fit: 'inside', withoutEnlargement: true }).keepMetadata().jpeg({ quality: SETTINGS.quality, progressive: true }).toBuffer();
    await writeFile(join(out, `${name}-web.jpg`), web);
    await sharp(web).resize(400, 400, { fit: 'inside' }).jpeg({ quality: 70 }).toFile(join(out, `${name}-thumb.jpg`));
  });
  return performance.now() - start;
}

interface Round {
  bare: number;
  ours: number;
  bareCpu: NodeJS.CpuUsage;
  oursCpu: NodeJS.CpuUsage;
  peak: number;
}

/** One round: the bare script and our import of the same files, in the given order; what they wrote is deleted after. */
async function importRound(files: string[], media: MediaService, articleId: string, bareFirst: boolean): Promise<Round> {
  const runBare = async (): Promise<{ ms: number; cpu: NodeJS.CpuUsage }> => {
    const out = mkdtempSync(join(tmpdir(), 'toasoan-bench-bare-'));
    const cpu = process.cpuUsage();
    const ms = await bareSharp(files, out);
    const used = process.cpuUsage(cpu);
    rmSync(out, { recursive: true, force: true });
    return { ms, cpu: used };
  };
  let peak = 0;
  const runOurs = async (): Promise<{ ms: number; cpu: NodeJS.CpuUsage }> => {
    peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 25);
    const cpu = process.cpuUsage();
    const start = performance.now();
    await inPairs(files, async (file) => media.add(articleId, file, await readFile(file)));
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    clearInterval(sampler);
    await media.removeAll(articleId);
    return { ms, cpu: used };
  };
  const first = bareFirst ? await runBare() : await runOurs();
  const second = bareFirst ? await runOurs() : await runBare();
  const [bare, ours] = bareFirst ? [first, second] : [second, first];
  return { bare: bare.ms, ours: ours.ms, bareCpu: bare.cpu, oursCpu: ours.cpu, peak };
}

/**
 * Our import next to the bare script, in rounds. The first round is a warm-up, reported on its own (this virtual
 * machine's host backs guest memory on first touch, which costs whichever run touches it first); then three
 * rounds, alternating which goes first, and the median ratio. Our import also keeps each original (written past
 * the page cache, see writeFileDirect) and hashes it; the CPU columns show what that costs.
 */
/**
 * The same import as a person makes it: the files chosen in the photo desk of the built app in Chromium (the
 * page reads each file and sends its bytes to the loopback host, a process of its own), from the choice to
 * «Đã nhập … ảnh», next to a bare run just before. Everything shares the same two cores.
 */
async function inApp(files: string[]): Promise<{ bare: number; app: number } | null> {
  if (!existsSync('out/main/host.js')) return null;
  const out = mkdtempSync(join(tmpdir(), 'toasoan-bench-bare-'));
  const bare = await bareSharp(files, out);
  rmSync(out, { recursive: true, force: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-bench-host-'));
  const host = await startTestHost(dataDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const article = await hostApi<{ id: string }>(host, 'articles.create', { title: 'Nhập ảnh trong ứng dụng' });
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await page.goto(`${host.openUrl}#/bai-viet/${article.id}/anh`);
    const input = page.getByLabel('Chọn ảnh để nhập');
    await input.evaluate((element) =>
      element.addEventListener('change', () => ((window as unknown as { chosenAt: number }).chosenAt = performance.now()), { capture: true }),
    );
    await input.setInputFiles(files);
    await page.locator('.toasts').getByText(`Đã nhập ${files.length} ảnh`).waitFor({ timeout: 600_000 });
    const app = await page.evaluate(() => performance.now() - (window as unknown as { chosenAt: number }).chosenAt);
    return { bare, app };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureImport(): Promise<Record<string, number | string>> {
  const inputs = mkdtempSync(join(tmpdir(), 'toasoan-bench-inputs-'));
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-photos-'));
  const media = new MediaService(dir, new NoticeBoard(), () => SETTINGS);
  try {
    const files = await photos(inputs);
    const warmUp = await importRound(files, media, 'bai-viet-bench-0', true);
    const rounds: Round[] = [];
    for (let index = 1; index <= 3; index += 1) rounds.push(await importRound(files, media, `bai-viet-bench-${index}`, index % 2 === 0));
    const ratio = (item: Round): number => item.ours / item.bare;
    const median = [...rounds].sort((a, b) => ratio(a) - ratio(b))[1];
    const hosted = await inApp(files);
    return {
      photos: COUNT,
      megapixels: (WIDTH * HEIGHT) / 1e6,
      bareSharpS: round(median.bare / 1000),
      toaSoanS: round(median.ours / 1000),
      photosPerSecond: round(COUNT / (median.ours / 1000)),
      ratio: round(ratio(median)),
      ratios: rounds.map((item) => round(ratio(item))).join(' / '),
      // Where the difference goes: CPU seconds in the process (user, and kernel: mostly writing the originals).
      bareCpuUserS: round(median.bareCpu.user / 1e6),
      bareCpuSystemS: round(median.bareCpu.system / 1e6),
      toaSoanCpuUserS: round(median.oursCpu.user / 1e6),
      toaSoanCpuSystemS: round(median.oursCpu.system / 1e6),
      warmUpRatio: round(ratio(warmUp)),
      // As a person does it, in the app in Chromium through the loopback host (Electron's IPC carries the bytes without HTTP).
      inAppRatio: hosted ? round(hosted.app / hosted.bare) : 'không đo (chưa dựng ứng dụng)',
      warmUpToaSoanCpuSystemS: round(warmUp.oursCpu.system / 1e6),
      peakRssMiB: Math.round(Math.max(warmUp.peak, ...rounds.map((item) => item.peak)) / 1048576),
    };
  } finally {
    await media.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(inputs, { recursive: true, force: true });
  }
}

/**
 * The photo desk of an article with 500 photos, in Chromium: from a click on «Ảnh» in the article to every
 * tile in the grid (what a person does), and, cold, from opening the address (the app starts first) to the
 * grid and to the first screenful of thumbnails.
 */
export async function measureDesk(count = 500): Promise<Record<string, number> | { skipped: string }> {
  if (!existsSync('out/main/host.js')) return { skipped: 'the app is not built (npm run build:only)' };
  // Whatever was written before is on disk first.
  execFileSync('sync');
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-desk-'));
  const host = await startTestHost(dir);
  const api = <T>(name: string, input: unknown): Promise<T> => hostApi<T>(host, name, input);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const article = await api<{ id: string }>('articles.create', { title: 'Bài 500 ảnh' });
    const base = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120, sigma: 40 } } }).jpeg({ quality: 80 }).toBuffer();
    for (let index = 0; index < count; index += 1) {
      await api('photos.add', { articleId: article.id, fileName: `${index}.jpg`, bytes: Buffer.concat([base, Buffer.from(String(index))]) });
    }
    const runs: { grid: number; thumbs: number; inApp: number }[] = [];
    for (let visit = 0; visit < 3; visit += 1) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
      // Cold: the address of the photo desk opened in a new window (the app starts, then the desk).
      await page.goto(`${host.openUrl}#/bai-viet/${article.id}/anh`);
      await page.waitForFunction((expected) => document.querySelectorAll('.photo-tile').length === expected, count, { timeout: 60_000 });
      const grid = await page.evaluate(() => performance.now());
      await page.waitForFunction(() => {
        const images = [...document.querySelectorAll<HTMLImageElement>('.photo-tile img')].slice(0, 12);
        return images.length > 0 && images.every((image) => image.complete && image.naturalWidth > 0);
      });
      const thumbs = await page.evaluate(() => performance.now());
      // In the app: from the article's editor, a click on «Ảnh» until the grid is there.
      await page.goto(`${host.openUrl}#/bai-viet/${article.id}`);
      await page.getByRole('link', { name: 'Ảnh', exact: true }).waitFor();
      // As a person would: once the article has finished opening (its data fetched, the checker's first pass done).
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3_000 })));
      await page.evaluate(() => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('a.button-link')].find((item) => item.textContent?.trim() === 'Ảnh');
        (window as unknown as { deskClickedAt: number }).deskClickedAt = performance.now();
        link?.click();
      });
      await page.waitForFunction((expected) => document.querySelectorAll('.photo-tile').length === expected, count, { timeout: 60_000 });
      const inApp = await page.evaluate(() => performance.now() - (window as unknown as { deskClickedAt: number }).deskClickedAt);
      runs.push({ grid, thumbs, inApp });
      await page.close();
    }
    const median = (key: 'grid' | 'thumbs' | 'inApp'): number => runs.map((run) => run[key]).sort((a, b) => a - b)[1];
    return { photos: count, inAppGridReadyMs: round(median('inApp')), coldGridReadyMs: round(median('grid')), coldFirstThumbnailsMs: round(median('thumbs')) };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
