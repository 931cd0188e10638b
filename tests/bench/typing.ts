/**
 * Issue 14: typing in a long article (20,000 words, 60 photos), in Chromium, side by side in one run with
 *  - the floor: a bare contenteditable page holding the same text and photos, typed the same way;
 *  - the stack's own floor: React and TipTap with its StarterKit holding the same article, nothing else
 *    (bare-tiptap/, built by this bench): what the client's chosen stack costs before any feature of ours;
 *  - Tòa soạn's editor, with the style checker on and off;
 *  - the anchor: the same article in WordPress's block editor (Debian's WordPress, as the tests start it).
 * Each is opened, the caret put in the middle paragraph, and a Vietnamese sentence typed at 4 keys a second
 * (the checker, which waits 200 ms after a key, runs between every two: its worst case). Opening is timed from
 * the navigation to the last paragraph's text on screen, stamped by the page itself (openedProbe; not to the load
 * event, which for the floor waits for its 60 photos and for the app comes before its text). Reported: keydown (or
 * beforeinput, for letters a US keyboard has not) to the next frame, p50 and p95; the time to open; the page's
 * JavaScript heap after a garbage collection with the article open; the main thread's busy time per key (CDP
 * TaskDuration over the typing, divided by the keys). Median of three rounds. Then the opening alone once more for the
 * floor, the stack and Tòa soạn, in a browser profile that has opened each twice before.
 * Numbers, never assertions.
 * Chromium runs without its omnibox's WebUI popup (BENCH_CHROMIUM_ARGS): headless, it still loads that popup's
 * ≈ 400 modules beside each new page, on the same two cores, at a moment that falls inside the slower openings.
 */
import { chromium, type Browser, type Frame, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { build } from 'vite';
import type { DocNode } from '../../shared/article/model';
import { BENCH_CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/browser';
import { startTestHost } from '../e2e/support/host';
import { hostApi } from '../e2e/support/host-api';
import { startTestPortal, type TestPortal } from '../portal/test-portal';
import { articleBody } from './library-generator';
import { percentile, round } from './stats';

const WORDS = 20_000;
const FIGURES = 60;
const ROUNDS = Number(process.env.BENCH_TYPING_ROUNDS ?? 3);
const KEY_DELAY_MS = 250;
const SENTENCE = ' Hội nghị đánh giá cao kết quả đạt được trong 6 tháng đầu năm.';

export interface TypingRow {
  editor: string;
  p50: number;
  p95: number;
  openMs: number;
  heapMB: number;
  mainThreadMsPerKey: number;
}

interface Content {
  paragraphs: string[];
  /** After which paragraph each figure goes, and its caption. */
  figures: { after: number; caption: string }[];
}

function content(): Content {
  // Numbered, so that each paragraph is its own and the last one says the article is all there.
  const paragraphs = (articleBody(WORDS).content ?? []).map((node, index) => `${(node.content ?? []).map((child) => child.text ?? '').join('')} Đoạn ${index + 1}.`);
  const every = Math.floor(paragraphs.length / (FIGURES + 1));
  const figures = Array.from({ length: FIGURES }, (_, index) => ({
    after: (index + 1) * every,
    caption: `Đồng chí Nguyễn Văn ${String.fromCharCode(65 + (index % 26))} phát biểu tại Hội nghị (ảnh ${index + 1}).`,
  }));
  return { paragraphs, figures };
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page on 127.0.0.1: the html at any address, the photo at any `.jpg`, and the built files of `assets/` if given. */
async function servePage(html: string, jpeg: Buffer, builtDir?: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path.endsWith('.jpg')) {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      response.end(jpeg);
    } else if (builtDir && /^\/assets\/[\w.-]+\.(js|css)$/.test(path)) {
      response.writeHead(200, { 'content-type': path.endsWith('.css') ? 'text/css' : 'text/javascript' });
      response.end(readFileSync(join(builtDir, path)));
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** The floor: the same text and photos in one contenteditable, nothing else. */
async function floorServer(article: Content, jpeg: Buffer): Promise<{ url: string; server: Server }> {
  const parts: string[] = [];
  const byParagraph = new Map(article.figures.map((figure, index) => [figure.after, { ...figure, index }]));
  article.paragraphs.forEach((text, index) => {
    parts.push(`<p>${escapeHtml(text)}</p>`);
    const figure = byParagraph.get(index);
    if (figure) parts.push(`<figure><img src="/anh-${figure.index}.jpg" alt="" width="640" height="427"><figcaption>${escapeHtml(figure.caption)}</figcaption></figure>`);
  });
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Sàn</title><style>body{font:17px/1.6 serif;max-width:760px;margin:24px auto}img{max-width:100%;height:auto}</style></head><body><div contenteditable="true" id="floor">${parts.join('')}</div></body></html>`;
  return servePage(html, jpeg);
}

/**
 * The stack's own floor: React and TipTap holding the same article and nothing else (bare-tiptap/), built here with
 * Vite into `dir`; the article is written into the page, the photos are the floor's. What it costs above the floor
 * is the client's chosen stack; what Tòa soạn costs above it is ours.
 */
async function bareTiptapServer(article: Content, jpeg: Buffer, dir: string): Promise<{ url: string; server: Server }> {
  const outDir = join(dir, 'bare-tiptap');
  await build({ configFile: false, root: join(import.meta.dirname, 'bare-tiptap'), base: './', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const nodes: object[] = [];
  const byParagraph = new Map(article.figures.map((figure, index) => [figure.after, { ...figure, index }]));
  article.paragraphs.forEach((text, index) => {
    nodes.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    const figure = byParagraph.get(index);
    if (figure) nodes.push({ type: 'figure', attrs: { src: `/anh-${figure.index}.jpg` }, content: [{ type: 'text', text: figure.caption }] });
  });
  const json = JSON.stringify({ type: 'doc', content: nodes }).replace(/</g, '\\u003c');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8').replace('<!--DOC-->', `<script id="doc" type="application/json">${json}</script>`);
  return servePage(html, jpeg, outDir);
}

/** Tòa soạn: the article with its 60 photos in the photo desk and as figures in the text. */
async function ourArticle(host: { origin: string; token: string }, article: Content): Promise<string> {
  const created = await hostApi<{ id: string; revision: number }>(host, 'articles.create', { title: 'Bài 20.000 chữ, 60 ảnh' });
  const photos: { id: string; articleId: string; revision: number }[] = [];
  for (let index = 0; index < FIGURES; index += 1) {
    const bytes = await sharp({ create: { width: 640, height: 427, channels: 3, background: { r: (index * 37) % 256, g: (index * 91) % 256, b: (index * 13) % 256 } } })
      .jpeg({ quality: 70 })
      .toBuffer();
    const added = await hostApi<{ photo: { id: string; articleId: string; revision: number } }>(host, 'photos.add', {
      articleId: created.id,
      fileName: `anh-${index + 1}.jpg`,
      bytes: new Uint8Array(bytes),
    });
    // Captioned, credited and described on the desk, as the figures in the text say (the text and the desk agree).
    const [captioned] = await hostApi<{ id: string; articleId: string; revision: number }[]>(host, 'photos.update', {
      articleId: created.id,
      photoIds: [added.photo.id],
      edit: { caption: article.figures[index].caption, credit: 'Ngô Giang Sơn', alt: 'Quang cảnh hội nghị' },
    });
    photos.push(captioned);
  }
  const nodes: DocNode[] = [];
  const byParagraph = new Map(article.figures.map((figure, index) => [figure.after, { ...figure, photo: photos[index] }]));
  article.paragraphs.forEach((text, index) => {
    nodes.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    const figure = byParagraph.get(index);
    if (figure) {
      const { photo } = figure;
      nodes.push({ type: 'figure', attrs: { photoId: photo.id, articleId: photo.articleId, revision: photo.revision, credit: 'Ngô Giang Sơn', alt: 'Quang cảnh hội nghị' }, content: [{ type: 'text', text: figure.caption }] });
    }
  });
  await hostApi(host, 'articles.save', {
    id: created.id,
    baseRevision: created.revision,
    title: 'Hội nghị sơ kết 6 tháng đầu năm 2026',
    lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết.',
    byline: 'PV',
    body: { type: 'doc', content: nodes },
  });
  return created.id;
}

/** WordPress: the same article as a draft in block markup, its photos one uploaded image. */
async function wordpressPost(portal: TestPortal, article: Content, jpeg: Buffer): Promise<number> {
  const auth = `Basic ${Buffer.from(`${portal.editor.user}:${portal.editor.password}`).toString('base64')}`;
  const media = (await (
    await fetch(`${portal.url}/wp-json/wp/v2/media`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'image/jpeg', 'content-disposition': 'attachment; filename="anh.jpg"' },
      body: new Uint8Array(jpeg),
    })
  ).json()) as { id: number; source_url: string };
  const blocks: string[] = [];
  const byParagraph = new Map(article.figures.map((figure) => [figure.after, figure]));
  article.paragraphs.forEach((text, index) => {
    blocks.push(`<!-- wp:paragraph -->\n<p>${escapeHtml(text)}</p>\n<!-- /wp:paragraph -->`);
    const figure = byParagraph.get(index);
    if (figure) {
      blocks.push(
        `<!-- wp:image {"id":${media.id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${media.source_url}" alt="" class="wp-image-${media.id}"/><figcaption class="wp-element-caption">${escapeHtml(figure.caption)}</figcaption></figure>\n<!-- /wp:image -->`,
      );
    }
  });
  const post = (await (
    await fetch(`${portal.url}/wp-json/wp/v2/posts`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Hội nghị sơ kết 6 tháng đầu năm 2026', content: blocks.join('\n\n'), status: 'draft' }),
    })
  ).json()) as { id: number };
  return post.id;
}

/**
 * Counts each key once, from its keydown (or its beforeinput: letters typed as text have no keydown) to the next
 * frame. A string, not a function: the bench runs through tsx, whose helpers a page does not have.
 */
const LATENCY_PROBE = `(() => {
  const samples = [];
  window.latency = samples;
  let pending = false;
  const begin = () => {
    if (pending) return;
    pending = true;
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => { samples.push(performance.now() - start); pending = false; }, 0));
  };
  document.addEventListener('keydown', begin, true);
  document.addEventListener('beforeinput', begin, true);
})()`;

/**
 * Stamps, in the page, when the last paragraph is on screen: checked at each frame (requestAnimationFrame) from
 * the document's start, and stamped once the frame that holds it has been laid out and painted (a task after it).
 * Epoch milliseconds (timeOrigin + now), so a stamp made in the block editor's canvas, an iframe with its own clock,
 * is read against the page's navigation. Opening is measured here and not by Playwright's wait for the text: that
 * wait asks again after 0, 20, 50, 100, 100 and then every 500 ms, so it saw the text up to half a second late and
 * added its own round trips (≈ 20–40 ms here) to every row, the floor's too. A string: tsx's helpers are not in pages.
 */
const openedProbe = (lastParagraph: string, words: string): string => `(() => {
  const tick = () => {
    const all = document.querySelectorAll(${JSON.stringify(lastParagraph)});
    const last = all[all.length - 1];
    if (last && last.textContent.includes(${JSON.stringify(words)})) {
      setTimeout(() => { window.__toasoanOpenedAt = performance.timeOrigin + performance.now(); }, 0);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Milliseconds from the page's navigation to the stamp above, in whichever frame made it. */
async function openedMs(page: Page): Promise<number> {
  const navigationStart = (await page.evaluate('performance.timeOrigin')) as number;
  for (let waited = 0; waited < 30_000; waited += 20) {
    for (const frame of page.frames()) {
      const stamp = (await frame.evaluate('window.__toasoanOpenedAt ?? null').catch(() => null)) as number | null;
      if (stamp !== null) return stamp - navigationStart;
    }
    await page.waitForTimeout(20);
  }
  throw new Error('the last paragraph was never stamped on screen');
}

/** How a page is opened: its address and wait (Playwright's), and the selector of its paragraphs for the stamp. */
interface Opener {
  name: string;
  paragraphs: string;
  open: (page: Page) => Promise<{ frame: Frame; paragraph: string }>;
}

interface Measured {
  p50: number;
  p95: number;
  openMs: number;
  heapMB: number;
  mainThreadMsPerKey: number;
}

/** Opens, places the caret at the end of the middle paragraph, types the sentence; measures. */
/** BENCH_TYPING_PROFILE=<folder>: a CPU profile of each editor's typing is written there (open it in DevTools). */
const PROFILE_DIR = process.env.BENCH_TYPING_PROFILE;

async function measure(browser: Browser, opener: Opener, words: string, name = opener.name): Promise<Measured> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.addInitScript(openedProbe(opener.paragraphs, words));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    if (PROFILE_DIR) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const opened = await opener.open(page);
    const openMs = await openedMs(page);
    if (PROFILE_DIR) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, `${name}-open.cpuprofile`), JSON.stringify(profile));
      // What the page loaded, and when (ms from the start of the navigation).
      const timeline = await opened.frame.evaluate(
        'performance.getEntries().map((entry) => [entry.entryType, entry.name.split("?")[0].split("/").slice(-2).join("/"), Math.round(entry.startTime), Math.round(entry.startTime + entry.duration)])',
      );
      writeFileSync(join(PROFILE_DIR, `${name}-open-timeline.json`), JSON.stringify(timeline, null, 1));
    }
    const { frame, paragraph } = opened;
    await page.waitForTimeout(1500);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await metric(cdp, 'JSHeapUsedSize');
    await frame.evaluate(LATENCY_PROBE);
    const target = frame.locator(paragraph);
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
    if (PROFILE_DIR) await cdp.send('Profiler.start');
    const before = await metric(cdp, 'TaskDuration');
    await page.keyboard.type(SENTENCE, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(600);
    const after = await metric(cdp, 'TaskDuration');
    if (PROFILE_DIR) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    const samples = (await frame.evaluate('window.latency')) as number[];
    return {
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      openMs,
      heapMB: heap / 1048576,
      mainThreadMsPerKey: ((after - before) * 1000) / SENTENCE.length,
    };
  } finally {
    await page.close();
  }
}

/**
 * Opening again in a browser profile that has opened the page twice before (Playwright's context: its cache kept
 * in memory), the nearest this bench comes to a desktop app started before. Tried against a profile on disk
 * (launchPersistentContext), 2 rounds: the same gain, ≈ 20 % for Tòa soạn and the bare stack, ≈ 10 % for the floor.
 * Only the time to open; the rounds above are all first openings.
 */
async function measureReopen(browser: Browser, opener: Opener, words: string, before = 2): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    for (let visit = 0; visit < before; visit += 1) {
      const page = await context.newPage();
      await opener.open(page);
      await page.waitForTimeout(1500);
      await page.close();
    }
    const page = await context.newPage();
    await page.addInitScript(openedProbe(opener.paragraphs, words));
    await opener.open(page);
    return await openedMs(page);
  } finally {
    await context.close();
  }
}

async function metric(cdp: { send: (method: 'Performance.getMetrics') => Promise<{ metrics: { name: string; value: number }[] }> }, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((item) => item.name === name)?.value ?? 0;
}

function median(rows: Measured[], editor: string): TypingRow {
  const mid = (pick: (row: Measured) => number): number => round(percentile(rows.map(pick), 50));
  return { editor, p50: mid((row) => row.p50), p95: mid((row) => row.p95), openMs: mid((row) => row.openMs), heapMB: mid((row) => row.heapMB), mainThreadMsPerKey: mid((row) => row.mainThreadMsPerKey) };
}

export async function measureLongTyping(): Promise<{ rows: TypingRow[]; reopen: Record<string, number>; ratios: Record<string, number>; blockEditor: string } | { skipped: string }> {
  if (!existsSync('out/main/host.js')) return { skipped: 'the app is not built (npm run build:only)' };
  const article = content();
  const jpeg = await sharp({ create: { width: 640, height: 427, channels: 3, background: '#7a8a9a' } }).jpeg({ quality: 70 }).toBuffer();
  // Built first: a build that fails leaves no server or host behind.
  const bareDir = mkdtempSync(join(tmpdir(), 'toasoan-bench-bare-'));
  const bare = await bareTiptapServer(article, jpeg, bareDir).catch((error: unknown) => {
    rmSync(bareDir, { recursive: true, force: true });
    throw error;
  });
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-long-'));
  const host = await startTestHost(dir);
  const floor = await floorServer(article, jpeg);
  const portal = await startTestPortal();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: BENCH_CHROMIUM_ARGS });
  try {
    const id = await ourArticle(host, article);
    const middle = Math.floor(article.paragraphs.length / 2);
    const lastWords = `Đoạn ${article.paragraphs.length}.`;
    const postId = 'reason' in portal ? null : await wordpressPost(portal, article, jpeg);

    // Playwright's waits only make sure the page is there before typing; the opening time is the page's own stamp.
    const pageOpener = (name: string, url: string, container: string): Opener => ({
      name,
      paragraphs: `${container} > p`,
      open: async (page) => {
        await page.goto(url, { waitUntil: 'commit' });
        await page.locator(container).getByText(lastWords).waitFor();
        return { frame: page.mainFrame(), paragraph: `${container} > p >> nth=${middle}` };
      },
    });
    const floorOpener = pageOpener('floor', floor.url, '#floor');
    const bareOpener = pageOpener('bare-tiptap', bare.url, '.ProseMirror');
    const ourOpener = pageOpener('toasoan', `${host.openUrl}#/bai-viet/${id}`, '.ProseMirror');
    // Its opening is from its own address (post.php), after the sign-in: the stamp is read against that navigation.
    const paragraphSelector = '[data-type="core/paragraph"]';
    const blockEditorOpener: Opener = {
      name: 'block-editor',
      paragraphs: paragraphSelector,
      open: async (page) => {
        if ('reason' in portal || postId === null) throw new Error('no portal');
        await page.goto(`${portal.url}/wp-login.php`);
        await page.locator('#user_login').fill(portal.editor.user);
        await page.locator('#user_pass').fill(portal.editor.login);
        await Promise.all([page.waitForURL(/wp-admin/), page.locator('#wp-submit').click()]);
        await page.goto(`${portal.url}/wp-admin/post.php?post=${postId}&action=edit`, { waitUntil: 'commit' });
        // The editor's canvas is the page itself in WordPress 6.1, an iframe in later versions.
        let frame = page.mainFrame();
        for (;;) {
          const canvas = page.frame({ name: 'editor-canvas' });
          if (canvas && (await canvas.locator(paragraphSelector).count()) > middle) frame = canvas;
          if ((await frame.locator(paragraphSelector).count()) > middle) break;
          await page.waitForTimeout(50);
        }
        await frame.locator(paragraphSelector).last().waitFor();
        // The first visit's welcome guide comes a moment after the text: closed when it does.
        const guide = page.locator('.edit-post-welcome-guide');
        if (await guide.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
          await page.keyboard.press('Escape');
          await guide.waitFor({ state: 'detached' });
        }
        return { frame, paragraph: `${paragraphSelector} >> nth=${middle}` };
      },
    };

    const rounds: Record<string, Measured[]> = { floor: [], bare: [], on: [], off: [], wp: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      rounds.floor.push(await measure(browser, floorOpener, lastWords));
      rounds.bare.push(await measure(browser, bareOpener, lastWords));
      await hostApi(host, 'settings.update', { checkWhileTyping: true });
      rounds.on.push(await measure(browser, ourOpener, lastWords, 'toasoan-checker-on'));
      await hostApi(host, 'settings.update', { checkWhileTyping: false });
      rounds.off.push(await measure(browser, ourOpener, lastWords, 'toasoan-checker-off'));
      if (postId !== null) rounds.wp.push(await measure(browser, blockEditorOpener, lastWords));
    }
    const reopened: Record<'floor' | 'bare' | 'on', number[]> = { floor: [], bare: [], on: [] };
    await hostApi(host, 'settings.update', { checkWhileTyping: true });
    for (let round = 0; round < ROUNDS; round += 1) {
      reopened.floor.push(await measureReopen(browser, floorOpener, lastWords));
      reopened.bare.push(await measureReopen(browser, bareOpener, lastWords));
      reopened.on.push(await measureReopen(browser, ourOpener, lastWords));
    }
    const reopen = { floor: round(percentile(reopened.floor, 50)), bare: round(percentile(reopened.bare, 50)), toaSoan: round(percentile(reopened.on, 50)) };
    const rows = [
      median(rounds.floor, 'contenteditable trần (sàn)'),
      median(rounds.bare, 'React + TipTap trần (sàn của bộ công cụ)'),
      median(rounds.on, 'Tòa soạn, bật kiểm tra'),
      median(rounds.off, 'Tòa soạn, tắt kiểm tra'),
    ];
    if (rounds.wp.length) rows.push(median(rounds.wp, 'Trình soạn khối WordPress'));
    const [floorRow, bareRow, on, off, wp] = rows;
    const ratios: Record<string, number> = {
      p95OverFloor: round(on.p95 / floorRow.p95, 2),
      p50OverFloor: round(on.p50 / floorRow.p50, 2),
      checkerOnOverOffP95: round(on.p95 / off.p95, 2),
      openOverFloor: round(on.openMs / floorRow.openMs, 2),
      mainThreadOverFloor: round(on.mainThreadMsPerKey / floorRow.mainThreadMsPerKey, 2),
      bareOpenOverFloor: round(bareRow.openMs / floorRow.openMs, 2),
      openOverBare: round(on.openMs / bareRow.openMs, 2),
      p95OverBare: round(on.p95 / bareRow.p95, 2),
      reopenOverFloor: round(reopen.toaSoan / reopen.floor, 2),
      bareReopenOverFloor: round(reopen.bare / reopen.floor, 2),
    };
    if (wp) {
      ratios.p95OverBlockEditor = round(on.p95 / wp.p95, 2);
      ratios.openOverBlockEditor = round(on.openMs / wp.openMs, 2);
    }
    return { rows, reopen, ratios, blockEditor: 'reason' in portal ? `bỏ qua: ${portal.reason}` : 'WordPress 6 (gói Debian)' };
  } finally {
    await browser.close();
    await host.stop();
    floor.server.close();
    bare.server.close();
    if (!('reason' in portal)) portal.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(bareDir, { recursive: true, force: true });
  }
}
