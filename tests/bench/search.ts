import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchStore, type SearchFilter } from '../../electron/services/search/search-store';
import type { ChildFigures } from './search-child';
import { foldForSearch } from '../../shared/text/normalize';
import { parseQuery } from '../../shared/search/query';
import { corpus, random, type CorpusDoc } from './search-corpus';
import { percentile, round } from './stats';

/**
 * Issue 16: the search index at 100,000 articles, next to a plain scan of the same texts (the floor to beat).
 * Queries of three kinds — folded (typed without diacritics, the last word still being typed), phrase, and filtered
 * (a kind of event and a date range) — each a few hundred times with varied words.
 */
const SIZE = Number(process.env.BENCH_SEARCH_DOCS ?? 100_000);
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 200);

export interface QueryCase {
  kind: 'folded' | 'phrase' | 'filtered' | 'accented';
  text: string;
  filter: SearchFilter;
}

const FOLDED = ['hoi nghi so ket', 'tiep xuc cu tri', 'nong thon moi', 'cai cach hanh chinh', 'chuyen doi so', 'phong chong tham nhung', 'ky hop hdnd', 'nguyen van hung', 'vinh tuong', 'giam doc so tai chinh', 'thi dua yeu nuoc', 'dai hoi'];
const PHRASES = ['"nông thôn mới"', '"cải cách hành chính"', '"tiếp xúc cử tri"', '"phòng, chống tham nhũng"', '"Phó Chủ tịch UBND tỉnh"', '"kiểm tra, giám sát"'];
const ACCENTED = ['Hội nghị sơ kết', 'Đại hội', 'Kỳ họp HĐND', 'Lễ kỷ niệm', 'Trao tặng khen thưởng'];
const KINDS = ['Hội nghị sơ kết', 'Tiếp xúc cử tri', 'Kỳ họp HĐND', 'Đại hội'];

export function cases(count: number): QueryCase[] {
  const rand = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const out: QueryCase[] = [];
  for (let index = 0; index < count; index += 1) {
    // As one types: the whole words, or the last one cut short.
    const folded = pick(FOLDED);
    const cut = rand() < 0.5 ? folded : folded.slice(0, Math.max(folded.lastIndexOf(' ') + 3, 3));
    out.push({ kind: 'folded', text: cut, filter: {} });
    out.push({ kind: 'phrase', text: pick(PHRASES), filter: {} });
    const year = 2016 + Math.floor(rand() * 10);
    out.push({ kind: 'filtered', text: pick(['bao cao', 'dai bieu', 'nhiem vu', 'ket qua']), filter: { kind: pick(KINDS), from: Date.UTC(year, 0, 1), to: Date.UTC(year, 11, 31) } });
    out.push({ kind: 'accented', text: pick(ACCENTED), filter: {} });
  }
  return out;
}

/** The floor: every text folded once and held in memory, each query a scan of all of them. */
class PlainScan {
  private readonly folded: string[] = [];
  private readonly kinds: string[] = [];
  private readonly dates: number[] = [];
  constructor(docs: Iterable<CorpusDoc>) {
    for (const doc of docs) {
      // Copied through latin1: a fresh one-byte string, not a slice of the two-byte ones folding went through.
      this.folded.push(Buffer.from(` ${foldForSearch(`${doc.title} ${doc.text}`).replace(/[^a-z0-9]+/g, ' ')} `, 'latin1').toString('latin1'));
      this.kinds.push(doc.kind);
      this.dates.push(doc.date);
    }
  }
  search(query: QueryCase): number {
    const parsed = parseQuery(query.text);
    const needles = parsed.groups.map((group, index) => {
      const prefix = parsed.prefixLast && index === parsed.groups.length - 1;
      return ` ${group.words.join(' ')}${prefix ? '' : ' '}`;
    });
    let found = 0;
    for (let index = this.folded.length - 1; index >= 0; index -= 1) {
      if (query.filter.kind && this.kinds[index] !== query.filter.kind) continue;
      if (query.filter.from !== undefined && this.dates[index] < query.filter.from) continue;
      if (query.filter.to !== undefined && this.dates[index] > query.filter.to) continue;
      const text = this.folded[index];
      if (needles.every((needle) => text.includes(needle))) found += 1;
    }
    return found;
  }
}

export function rssMb(): number {
  return round(process.memoryUsage().rss / 1e6, 0);
}

function summary(samples: number[]): { p50: number; p95: number } {
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

export async function measureSearch(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-search-bench-'));
  const path = join(dir, 'search.sqlite');
  try {
    const startRss = rssMb();
    // Building the index from nothing, the corpus made as it goes: what a rebuild costs.
    let started = performance.now();
    let textMb = 0;
    let batch: CorpusDoc[] = [];
    const store = SearchStore.open(path);
    for (const doc of corpus(SIZE)) {
      textMb += (Buffer.byteLength(doc.title) + Buffer.byteLength(doc.text)) / 1e6;
      batch.push(doc);
      if (batch.length === 1_000) {
        store.put(batch);
        batch = [];
      }
    }
    store.put(batch);
    const buildMs = performance.now() - started;
    store.close();
    const diskMb = statSync(path).size / 1e6;

    // Cold start, queries, updates and memory in a process of their own: the index, not the corpus, in its memory.
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'search-child.ts'), path, String(QUERIES)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`the search bench's child failed: ${child.stderr}`);
    const measured = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ChildFigures;
    const all = cases(QUERIES);

    // The floor, on the same texts and the same queries (fewer of them: it is slow).
    started = performance.now();
    const scan = new PlainScan(corpus(SIZE));
    const scanLoadMs = performance.now() - started;
    const scanRss = rssMb();
    const floor: Record<string, number[]> = { folded: [], phrase: [], filtered: [], accented: [] };
    for (const query of all.slice(0, Math.min(all.length, 80))) {
      const begin = performance.now();
      scan.search(query);
      floor[query.kind].push(performance.now() - begin);
    }

    const rows = (['folded', 'phrase', 'filtered', 'accented'] as const).map((kind) => ({
      'loại truy vấn': kind,
      'trang 30 bài p50 (ms)': summary(measured.ours[kind]).p50,
      'trang 30 bài p95 (ms)': summary(measured.ours[kind]).p95,
      'đếm p50 (ms)': summary(measured.counts[kind]).p50,
      'đếm p95 (ms)': summary(measured.counts[kind]).p95,
      'quét thẳng p50 (ms)': summary(floor[kind]).p50,
      'quét thẳng p95 (ms)': summary(floor[kind]).p95,
      'kết quả (trung vị)': percentile(measured.totals[kind], 50),
    }));
    return {
      articles: SIZE,
      queries: all.length,
      textMb: round(textMb, 0),
      buildMs: round(buildMs, 0),
      plainScanLoadMs: round(scanLoadMs, 0),
      diskMb: round(diskMb, 0),
      coldStartToFirstAnswerMs: round(measured.coldMs),
      firstAnswerTotal: measured.firstTotal,
      updateVisibleMs: summary(measured.updates),
      memory: { indexProcessMb: measured.rssMb, indexProcessIdleMb: measured.idleRssMb, plainScanProcessMb: scanRss - startRss },
      rows,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
