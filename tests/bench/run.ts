/**
 * `npm run bench`: the figures the foundation issue names, printed as a table and written as JSON to
 * tests/bench/results/foundation.json. Numbers, not assertions: compare them with the targets by eye
 * or in CI history.
 */
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleService } from '../../electron/services/articles/article-service';
import { NoticeBoard } from '../../electron/services/notices';
import type { Article } from '../../shared/article/model';
import { generateLibrary, makeArticle } from './library-generator';
import { percentile, round, timed } from './stats';
import { measureDesk, measureImport } from './photos';
import { measurePublish } from './publish';
import { measureWordImport } from './word';
import { measureChecker, measureTyping } from './style';
import { measureLibraryUi, type UiFigures } from './ui-library';
import { measureLibraryScroll } from './library-scroll';
import { measureHostileArchives } from './trust';
import { measureLongTyping } from './typing';
import { measureSearch } from './search';
import { measureArchivePull } from './archive';

const SIZES = [1, 1_000, 10_000];
const AUTOSAVES = Number(process.env.BENCH_AUTOSAVES ?? 200);
const NAIVE_AUTOSAVES = Number(process.env.BENCH_NAIVE_AUTOSAVES ?? 30);
const ARTICLE_WORDS = 3_000;

interface Row {
  library: number;
  design: string;
  samples: number;
  p50: number;
  p95: number;
}

function edit(article: Article, step: number): Article {
  const content = [...(article.body.content ?? [])];
  content[content.length - 1] = { type: 'paragraph', content: [{ type: 'text', text: `Đoạn cuối, sửa lần ${step}.` }] };
  return { ...article, body: { ...article.body, content } };
}

async function autosaveOurs(dataDir: string, durable: boolean, samples: number): Promise<number[]> {
  const service = await ArticleService.open({ dataDir, notices: new NoticeBoard(), durable });
  await service.warmSearch();
  const created = await service.create({ title: 'Bài 3.000 chữ' });
  const seed = makeArticle(999_999, ARTICLE_WORDS, Date.now());
  let revision = (await service.save({ id: created.id, baseRevision: created.revision, title: seed.title, lead: seed.lead, byline: 'PV', body: seed.body })).revision;
  let current: Article = { ...seed, id: created.id };
  const times: number[] = [];
  for (let step = 0; step < samples; step += 1) {
    current = edit(current, step);
    const { ms, value } = await timed(() =>
      service.save({ id: created.id, baseRevision: revision, title: current.title, lead: current.lead, byline: 'PV', body: current.body }),
    );
    revision = value.revision;
    times.push(ms);
  }
  await service.close();
  return times;
}

/** The design we did not choose: every article, body and all, in one lowdb JSON file written on every save. */
async function autosaveNaive(count: number, samples: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-naive-'));
  try {
    const articles: Article[] = Array.from({ length: count }, (_, index) => makeArticle(index, 400, Date.now()));
    const target = makeArticle(999_999, ARTICLE_WORDS, Date.now());
    articles.push(target);
    const file = join(dir, 'db.json');
    writeFileSync(file, JSON.stringify({ articles }));
    const db = new Low<{ articles: Article[] }>(new JSONFile(file), { articles: [] });
    await db.read();
    const index = db.data.articles.length - 1;
    const times: number[] = [];
    for (let step = 0; step < samples; step += 1) {
      const { ms } = await timed(async () => {
        db.data.articles[index] = { ...edit(db.data.articles[index], step), updatedAt: Date.now() };
        await db.write();
      });
      times.push(ms);
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openAndSearch(dataDir: string) {
  const open = await timed(async () => {
    const service = await ArticleService.open({ dataDir, notices: new NoticeBoard() });
    const list = await service.list({});
    return { service, list };
  });
  const { service } = open.value;
  const warm = await timed(() => service.warmSearch());
  const searches: number[] = [];
  for (const query of ['hoi nghi so ket', 'uy ban', 'so 4711', 'tiep xuc cu tri so 77', 'khong co bai nao nhu the nay']) {
    for (let repeat = 0; repeat < 10; repeat += 1) {
      searches.push((await timed(() => service.list({ query }))).ms);
    }
  }
  const titleOnly = (await timed(() => service.list({ status: 'draft', sort: 'updated-asc' }))).ms;
  await service.close();
  return { openMs: open.ms, listed: open.value.list.items.length, total: open.value.list.total, warmMs: warm.ms, searches, titleOnly };
}

async function foundation(): Promise<void> {
  const rows: Row[] = [];
  const openRows: Record<string, number>[] = [];
  let ui: UiFigures | { skipped: string } = { skipped: 'not measured' };
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `toasoan-bench-${size}-`));
    try {
      process.stdout.write(`Thư viện ${size.toLocaleString('vi-VN')} bài: tạo dữ liệu… `);
      generateLibrary(dir, size);
      process.stdout.write('đo…\n');
      if (size === 10_000) {
        const result = await openAndSearch(dir);
        openRows.push({
          library: size,
          openListReadyMs: round(result.openMs),
          listed: result.listed,
          fullTextWarmMs: round(result.warmMs),
          searchP50Ms: round(percentile(result.searches, 50)),
          searchP95Ms: round(percentile(result.searches, 95)),
          filterSortMs: round(result.titleOnly),
        });
        ui = await measureLibraryUi(dir).catch((error: unknown) => ({ skipped: String(error) }));
      }
      for (const durable of [true, false]) {
        const times = await autosaveOurs(dir, durable, AUTOSAVES);
        rows.push({ library: size, design: durable ? 'Tòa soạn (fsync)' : 'Tòa soạn (không fsync)', samples: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) });
      }
      const naive = await autosaveNaive(size, size >= 10_000 ? Math.min(NAIVE_AUTOSAVES, 20) : NAIVE_AUTOSAVES);
      rows.push({ library: size, design: 'lowdb một tệp (không fsync)', samples: naive.length, p50: round(percentile(naive, 50)), p95: round(percentile(naive, 95)) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  console.log(`\nLưu tự động một bài ${ARTICLE_WORDS.toLocaleString('vi-VN')} chữ (ms). Mục tiêu: p95 < 20 ms; 10.000 bài ≤ 1,2 × 1 bài.`);
  console.table(rows);
  const ours = (size: number) => rows.find((row) => row.library === size && row.design === 'Tòa soạn (fsync)')?.p95 ?? NaN;
  const ratio = round(ours(10_000) / ours(1), 2);
  console.log(`Tỉ lệ p95 (10.000 bài / 1 bài), có fsync: ${ratio}`);
  const naive10k = rows.find((row) => row.library === 10_000 && row.design.startsWith('lowdb'))?.p95 ?? NaN;
  const oursNoSync = rows.find((row) => row.library === 10_000 && row.design === 'Tòa soạn (không fsync)')?.p95 ?? NaN;
  console.log(`Thiết kế một tệp / thiết kế của Tòa soạn ở 10.000 bài (p95, cùng không fsync): ${round(naive10k / oursNoSync, 1)} lần`);
  console.log('\nMở thư viện 10.000 bài và tìm kiếm (ms). Mục tiêu: danh sách < 300 ms, tìm kiếm < 30 ms.');
  console.table(openRows);
  console.log('\nCùng thư viện trong Chromium qua máy chủ cục bộ (ms, đo trong trang; trung vị 5 lần mở): từ lúc mở địa chỉ đến khi có danh sách; tìm kiếm từ phím cuối đến danh sách mới (trừ 150 ms chờ gõ).');
  console.table([ui]);

  const report = {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    autosave: rows,
    autosaveRatio10kTo1: ratio,
    naiveOverOursAt10k: round(naive10k / oursNoSync, 1),
    openAndSearch: openRows,
    libraryInBrowser: ui,
  };
  writeReport('foundation', report);
}

/** Issues 3 and 15: the style checker on a 5,000-word article, with spelling off and on, and typing with each. */
async function style(): Promise<void> {
  const checker = [measureChecker(false), measureChecker(true)];
  console.log('\nKiểm tra văn phong (và chính tả), bài 5.000 chữ (ms). Mục tiêu: toàn bài ≤ 50 ms; sau một phím ≤ 5 ms (p95), cả khi bật chính tả.');
  console.table(checker);
  const typing = await measureTyping().catch((error: unknown) => ({ skipped: String(error) }));
  console.log('\nĐộ trễ gõ phím trong trình soạn thảo, bài 5.000 chữ (ms, từ phím đến khung hình kế tiếp). Mục tiêu: bật kiểm tra ≤ 1,2 × tắt; bật chính tả ≤ 1,2 × tắt chính tả.');
  console.table('skipped' in typing ? [typing] : [{ checker: 'tắt', ...typing.off }, { checker: 'bật, không chính tả', ...typing.on }, { checker: 'bật, có chính tả', ...typing.spelling }]);
  if (!('skipped' in typing)) {
    console.log(`Tỉ lệ bật/tắt kiểm tra: p50 ${typing.ratioP50}, p95 ${typing.ratioP95}. Tỉ lệ có/không chính tả: p50 ${typing.spellingRatioP50}, p95 ${typing.spellingRatioP95}`);
  }
  writeReport('style', { when: new Date().toISOString(), checker, typing });
}

/** Issue 4: importing 24-megapixel photos next to bare sharp, memory, and the photo desk of 500 photos. */
async function photos(): Promise<void> {
  // The desk first: after the import the machine is still busy with its gigabytes for a while.
  const desk = await measureDesk().catch((error: unknown) => ({ skipped: String(error) }));
  const imported = await measureImport();
  console.log('\nNhập ảnh 24 megapixel (giây). Mục tiêu: ≤ 1,2 × sharp thuần; bộ nhớ < 1 GiB.');
  console.table([imported]);
  console.log('\nMở kho ảnh 500 ảnh trong Chromium (ms): từ nút «Ảnh» trong bài, và từ lúc mở địa chỉ (ứng dụng khởi động). Mục tiêu: lưới sẵn sàng < 500 ms.');
  console.table([desk]);
  writeReport('photos', { when: new Date().toISOString(), imported, desk });
}

/** Issue 6: publishing an article with 20 photos to the local WordPress, next to a bare fetch script. */
async function publishing(): Promise<void> {
  const figures = await measurePublish().catch((error: unknown) => ({ skipped: String(error) }));
  console.log('\nĐăng bài 20 ảnh lên WordPress cục bộ (giây). Mục tiêu: ≤ 1,3 × tập lệnh fetch thuần.');
  console.table([figures]);
  writeReport('publish', { when: new Date().toISOString(), figures });
}

/** Issue 7: importing a 50-page Word document with 30 photos. */
async function word(): Promise<void> {
  const figures = await measureWordImport();
  console.log('\nNhập tệp Word 50 trang, 30 ảnh (giây). Mục tiêu: dưới 5 giây.');
  console.table([figures]);
  writeReport('word', { when: new Date().toISOString(), figures });
}

/** Issue 13: archives built to hurt, refused by the browser host without taking its memory or its time. */
async function trust(): Promise<void> {
  const rows = await measureHostileArchives().catch((error: unknown) => ({ skipped: String(error) }));
  console.log('\nTệp nén độc hại 1 GiB gửi tới máy chủ cục bộ. Mục tiêu: bộ nhớ đỉnh < 300 MB trên mức nghỉ; yêu cầu khác p95 < 100 ms trong lúc đó.');
  console.table(Array.isArray(rows) ? rows : [rows]);
  writeReport('trust', { when: new Date().toISOString(), rows });
}

/** Issue 14: typing in a 20,000-word article with 60 photos, next to a bare contenteditable and WordPress's block editor. */
async function typing(): Promise<void> {
  const figures = await measureLongTyping().catch((error: unknown) => ({ skipped: String(error) }));
  console.log('\nGõ phím trong bài 20.000 chữ, 60 ảnh (ms; trung vị 3 lượt). Mục tiêu: p95 ≤ 1,5 × sàn và ≤ 0,4 × trình soạn khối; bật kiểm tra ≤ 1,1 × tắt; mở ≤ 1,5 × sàn.');
  if ('skipped' in figures) console.table([figures]);
  else {
    console.table(figures.rows);
    console.log('Mở lại trong hồ sơ trình duyệt đã mở trang hai lần (ms, trung vị):', figures.reopen);
    console.log(`Trình soạn khối: ${figures.blockEditor}. Tỉ lệ:`, figures.ratios);
  }
  writeReport('typing', { when: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, ...figures });
}

/** Issue 16: the search index at 100,000 articles, next to a plain scan of the same texts. */
async function search(): Promise<void> {
  const figures = await measureSearch();
  const { rows, ...rest } = figures as { rows: unknown[] };
  console.log(`\nTìm kiếm trong ${String(rest['articles' as keyof typeof rest])} bài (ms). Mục tiêu: khởi động tới câu trả lời đầu ≤ 500 ms; p95 ≤ 10 ms; cập nhật thấy được ≤ 50 ms; bộ nhớ ≤ 400 MB.`);
  console.table(rows);
  console.log(rest);
  writeReport('search', { when: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, ...figures });
}

/** Issue 16: pulling 5,000 posts from the local WordPress, next to a bare script paging the same REST listing. */
async function archive(): Promise<void> {
  const figures = await measureArchivePull().catch((error: unknown) => ({ skipped: String(error) }));
  console.log('\nKho bài trên cổng: lấy 5.000 bài từ WordPress cục bộ, so với một đoạn mã chỉ đọc cùng danh sách REST. Mục tiêu: ≤ 1,3 ×.');
  console.log(figures);
  writeReport('archive', { when: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, ...figures });
}

/** Issue 16: the library of 100,000 articles in Chromium: first rows, and the frames of a scroll through it. */
async function library(): Promise<void> {
  const figures = await measureLibraryScroll().catch((error: unknown) => ({ skipped: String(error) }));
  console.log('\nThư viện 100.000 bài trong Chromium (ms). Mục tiêu: hàng đầu tiên ≤ 300 ms; cuộn không rớt khung hình (báo p95 thời gian khung hình).');
  console.log(figures);
  writeReport('library', { when: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, ...figures });
}

function writeReport(name: string, report: unknown): void {
  const out = join('tests', 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nĐã ghi ${join(out, `${name}.json`)}`);
}

const SECTIONS: Record<string, () => Promise<void>> = { foundation, style, photos, publishing, word, trust, typing, search, archive, library };

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => arg in SECTIONS);
  for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) await SECTIONS[name]();
}

void main();
