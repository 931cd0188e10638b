import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { describe, expect, it, vi } from 'vitest';
import { SearchStore, type SearchDoc } from '../../../electron/services/search/search-store';
import { matchExpression, parseQuery } from '../../../shared/search/query';
import { makeSnippet } from '../../../shared/search/snippet';
import { ArticleService } from '../../../electron/services/articles/article-service';
import { NoticeBoard } from '../../../electron/services/notices';
import { openArticles, paragraphs, tempDir } from '../helpers';

const DAY = 86_400_000;

function doc(id: string, title: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, source: 'archive', date: Date.UTC(2025, 0, 1), stamp: 1, title, text, ...extra };
}

function titles(store: SearchStore, query: string, filter = {}): string[] {
  return store.search(query, filter, { limit: 20 }).hits.map((hit) => hit.title);
}

describe('SearchStore (the full-text index on disk)', () => {
  it('finds without diacritics, by phrase in quotes, and the word being typed as a prefix', () => {
    const store = SearchStore.open(join(tempDir(), 'index.sqlite'));
    store.put([
      doc('a', 'Hội nghị sơ kết Quy chế phối hợp', 'Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh chủ trì Hội nghị.', { date: 3 * DAY }),
      doc('b', 'Tiếp xúc cử tri huyện Yên Lạc', 'Cử tri kiến nghị về xây dựng nông thôn mới và đường giao thông.', { date: 2 * DAY }),
      doc('c', 'Kỳ họp thứ 20 HĐND tỉnh', 'Các đại biểu thảo luận về nông nghiệp, thôn mới lập.', { date: 1 * DAY }),
    ]);
    expect(titles(store, 'hoi nghi so ket')).toEqual(['Hội nghị sơ kết Quy chế phối hợp']);
    expect(titles(store, 'dong chi nguyen')).toEqual(['Hội nghị sơ kết Quy chế phối hợp']);
    expect(titles(store, 'hdnd')).toEqual(['Kỳ họp thứ 20 HĐND tỉnh']);
    // «nông … thôn mới» in c, but not as a phrase.
    expect(titles(store, '"nông thôn mới"')).toEqual(['Tiếp xúc cử tri huyện Yên Lạc']);
    expect(titles(store, 'nong thon moi')).toEqual(['Tiếp xúc cử tri huyện Yên Lạc', 'Kỳ họp thứ 20 HĐND tỉnh']);
    // As one types: from its third letter, the last word matches the words it starts («kiến ngh» finds «kiến nghị»).
    expect(titles(store, 'kien ngh')).toEqual(['Tiếp xúc cử tri huyện Yên Lạc']);
    expect(titles(store, 'kien ngh ')).toEqual([]);
    // One or two letters of a word no article has whole are not yet a word: the rest of the query stands.
    expect(titles(store, 'tiep xuc cu tri y')).toEqual(['Tiếp xúc cử tri huyện Yên Lạc']);
    expect(titles(store, 'dong chi ng')).toEqual(['Hội nghị sơ kết Quy chế phối hợp']);
    store.close();
  });

  it('filters by date range, kind, category and source; newest first', () => {
    const store = SearchStore.open(join(tempDir(), 'index.sqlite'));
    store.put([
      doc('old', 'Hội nghị tổng kết năm 2019', 'Báo cáo kết quả.', { date: Date.UTC(2019, 11, 20), kind: 'Hội nghị tổng kết', category: 'Chính trị' }),
      doc('new', 'Hội nghị tổng kết năm 2024', 'Báo cáo kết quả.', { date: Date.UTC(2024, 11, 20), kind: 'Hội nghị tổng kết', category: 'Kinh tế' }),
      doc('own', 'Hội nghị sơ kết 6 tháng', 'Báo cáo kết quả.', { date: Date.UTC(2025, 5, 30), kind: 'Hội nghị sơ kết', source: 'own' }),
    ]);
    expect(titles(store, 'bao cao')).toEqual(['Hội nghị sơ kết 6 tháng', 'Hội nghị tổng kết năm 2024', 'Hội nghị tổng kết năm 2019']);
    expect(titles(store, 'bao cao', { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31) })).toEqual(['Hội nghị tổng kết năm 2024']);
    expect(titles(store, 'bao cao', { kind: 'Hội nghị sơ kết' })).toEqual(['Hội nghị sơ kết 6 tháng']);
    expect(titles(store, 'bao cao', { category: 'Chính trị' })).toEqual(['Hội nghị tổng kết năm 2019']);
    expect(titles(store, 'bao cao', { source: 'archive' })).toHaveLength(2);
    expect(titles(store, '', { source: 'own' })).toEqual(['Hội nghị sơ kết 6 tháng']);
    // A kind matches whole: «Hội nghị» is not «Hội nghị sơ kết».
    store.put([doc('plain', 'Hội nghị cán bộ', 'Báo cáo kết quả.', { kind: 'Hội nghị' })]);
    expect(titles(store, 'bao cao', { kind: 'Hội nghị' })).toEqual(['Hội nghị cán bộ']);
    // Counted apart from the page.
    expect(store.count('bao cao')).toBe(4);
    expect(store.count('bao cao', { kind: 'Hội nghị tổng kết' })).toBe(2);
    expect(store.count('', { from: Date.UTC(2024, 0, 1) })).toBe(3);
    store.close();
  });

  it('puts the titles written with the very accents typed first, then the rest by date', () => {
    const store = SearchStore.open(join(tempDir(), 'index.sqlite'));
    store.put([
      doc('newer', 'Bàn về dự án mới', 'Nội dung.', { date: 5 * DAY }),
      doc('ban', 'Ban Tuyên giáo họp', 'Nội dung.', { date: 4 * DAY }),
      doc('bán', 'Bán đấu giá tài sản công', 'Nội dung.', { date: 3 * DAY }),
      doc('bàn-old', 'Bàn giao nhà ở xã hội', 'Nội dung.', { date: 1 * DAY }),
    ]);
    const page = store.search('bàn', {}, { limit: 10 });
    expect(page.hits.map((hit) => [hit.id, hit.exact])).toEqual([
      ['newer', true],
      ['bàn-old', true],
      ['ban', false],
      ['bán', false],
    ]);
    // Paged: the second page goes on where the first stopped, across the two kinds.
    expect(store.search('bàn', {}, { limit: 1, offset: 1 }).hits.map((hit) => hit.id)).toEqual(['bàn-old']);
    expect(store.search('bàn', {}, { limit: 2, offset: 2 }).hits.map((hit) => hit.id)).toEqual(['ban', 'bán']);
    expect(store.search('ban', {}, { limit: 10 }).hits.map((hit) => hit.id)).toEqual(['newer', 'ban', 'bán', 'bàn-old']);
    store.close();
  });

  it('a snippet around the words found, marked on the text as written', () => {
    const text = `${'Mở đầu bài viết. '.repeat(20)}Đồng chí Nguyễn Văn An phát biểu tại Hội nghị sơ kết. ${'Phần cuối. '.repeat(20)}`;
    const snippet = makeSnippet(text, ['hoi', 'nghi']);
    const marked = snippet.marks.map(([start, end]) => snippet.text.slice(start, end));
    expect(marked).toEqual(['Hội', 'nghị']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    const store = SearchStore.open(join(tempDir(), 'index.sqlite'));
    store.put([doc('a', 'Tin hoạt động', text)]);
    const hit = store.search('hội ngh').hits[0];
    expect(hit.snippet.marks.map(([start, end]) => hit.snippet.text.slice(start, end))).toEqual(['Hội', 'nghị']);
    // A long article: what its head says is shown from its head; a word only found far down, from there.
    const long = `Sáng nay, Hội nghị sơ kết khai mạc. ${'Các đại biểu thảo luận về nhiệm vụ. '.repeat(200)}Đồng chí Lò Văn Hùng phát biểu.`;
    store.put([doc('b', 'Bài dài', long)]);
    const head = store.search('hoi nghi', { source: 'archive' }, { limit: 5 }).hits.find((found) => found.id === 'b');
    expect(head?.snippet.text.startsWith('Sáng nay, Hội nghị sơ kết khai mạc.')).toBe(true);
    expect(head?.snippet.text.endsWith('…')).toBe(true);
    const far = store.search('lo van hung').hits[0];
    expect(far.snippet.marks.map(([start, end]) => far.snippet.text.slice(start, end))).toEqual(['Lò', 'Văn', 'Hùng']);
    expect(far.snippet.text.endsWith('phát biểu.')).toBe(true);
    store.close();
  });

  it('whatever a person types is a query, never an error: quotes, stars, colons, operators', () => {
    const store = SearchStore.open(join(tempDir(), 'index.sqlite'));
    store.put([doc('a', 'Hội nghị', 'Nội dung NEAR AND OR NOT.')]);
    for (const query of ['"', '""', '"hội', 'a"b"c', '*', 'hội*', 'ftitle:hội', 'NEAR(hội nghị)', 'AND', 'NOT hội', '-hội', '^hội', '{ftitle}', "'; DROP TABLE docs; --", '(', ')']) {
      expect(() => store.search(query), query).not.toThrow();
    }
    expect(titles(store, 'NOT')).toEqual(['Hội nghị']);
    expect(matchExpression(parseQuery('hội "nghị'), 'folded')).toBe('{ftitle ftext} : ("hoi" AND "nghi")');
    store.close();
  });

  it('a put replaces, a remove removes, and the next search sees it at once', () => {
    const store = SearchStore.open(join(tempDir(), 'index.sqlite'));
    store.put([doc('a', 'Bản nháp', 'Chữ cũ.')]);
    store.put([doc('a', 'Bản nháp', 'Chữ mới hoàn toàn.', { stamp: 2 })]);
    expect(titles(store, '"chữ cũ"')).toEqual([]);
    expect(titles(store, 'hoan toan')).toEqual(['Bản nháp']);
    expect(store.stamps('archive').get('a')).toBe(2);
    store.remove(['a']);
    expect(titles(store, 'hoan toan')).toEqual([]);
    expect(store.size()).toBe(0);
    store.close();
  });

  it('a damaged index file, or one of another version, starts again empty (it is a cache); a lock left by a killed app is lifted', () => {
    const dir = tempDir();
    const path = join(dir, 'index.sqlite');
    let store = SearchStore.open(path);
    store.put([doc('a', 'Hội nghị', 'Nội dung.')]);
    store.close();
    store = SearchStore.open(path);
    expect(store.fresh).toBe(false);
    expect(store.size()).toBe(1);
    store.close();
    writeFileSync(path, 'SQLite format 3\0 but not really, half a page of garbage'.repeat(100));
    store = SearchStore.open(path);
    expect(store.fresh).toBe(true);
    expect(store.size()).toBe(0);
    store.put([doc('a', 'Hội nghị', 'Nội dung.')]);
    store.close();
    // A lock left by an app killed a moment ago.
    mkdirSync(`${path}.lock`);
    store = SearchStore.open(path);
    store.put([doc('b', 'Kỳ họp', 'Nội dung.')]);
    expect(store.size()).toBe(2);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

/** An index of 400 articles of the office's own, written and closed: pages enough for damage to fall past the first. */
function writtenIndex(path: string): SearchDoc[] {
  const store = SearchStore.open(path);
  const docs = Array.from({ length: 400 }, (_, index) => doc(`bai-${index}`, `Hội nghị số ${index}`, 'Nội dung của hội nghị. '.repeat(20), { stamp: index, source: 'own' }));
  store.put(docs);
  store.close();
  return docs;
}

describe('SearchStore, damaged where opening does not look', () => {
  it('pages of the index damaged past its first (a disk error, a copy taken while the app wrote): found when opening, and it starts again empty', () => {
    const dir = tempDir();
    const path = join(dir, 'index.sqlite');
    writtenIndex(path);
    // The header and the schema are intact; every page after the fourth is garbage.
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16) || 65536;
    for (let at = pageSize * 4; at < bytes.length; at += 1) bytes[at] = (at * 7919) % 251;
    writeFileSync(path, bytes);
    const store = SearchStore.open(path);
    expect(store.fresh).toBe(true);
    expect(store.stamps('own').size).toBe(0);
    store.put([doc('a', 'Hội nghị', 'Nội dung.')]);
    expect(store.size()).toBe(1);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SearchStore, a write cut short by a kill', () => {
  it('the index opens with what was last written whole, or empty: never half of a write', () => {
    const dir = tempDir();
    const path = join(dir, 'index.sqlite');
    const docs = writtenIndex(path);
    // Another process writes to the index as the app does, with a cache so small that the changed pages go to the
    // file before the write is done, and is killed in the middle of it.
    const modulePath = createRequire(import.meta.url).resolve('node-sqlite3-wasm');
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import sqlite from ${JSON.stringify(modulePath)};
         const db = new sqlite.Database(process.env.INDEX);
         db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = DELETE; PRAGMA cache_size = 4;');
         db.exec('BEGIN');
         db.exec('UPDATE docs SET stamp = stamp + 1000000');
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { env: { ...process.env, INDEX: path }, encoding: 'utf8' },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');
    // The scene is as meant: the journal of the unfinished write is there, still holding it (SQLite's journal magic).
    expect(readFileSync(`${path}-journal`).subarray(0, 8).toString('hex')).toBe('d9d505f920a163d7');
    const store = SearchStore.open(path);
    const stamps = store.stamps('own');
    if (!store.fresh) expect(stamps).toEqual(new Map(docs.map((one) => [one.id, one.stamp])));
    else expect(stamps.size).toBe(0);
    // And it works on: written, searched, closed.
    store.put([doc('a', 'Kỳ họp thứ mười', 'Nội dung.')]);
    expect(titles(store, 'ky hop')).toEqual(['Kỳ họp thứ mười']);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SearchStore.close', () => {
  it('closes the file even when a statement repeats, as it is finalized, an error met in its last run', () => {
    const dir = tempDir();
    const path = join(dir, 'index.sqlite');
    const store = SearchStore.open(path);
    store.put([doc('a', 'Hội nghị', 'Nội dung.')]);
    expect(titles(store, 'hoi nghi')).toEqual(['Hội nghị']);
    // The first statement finalized is freed, then throws, as SQLite's finalize does after a failed run.
    const probe = new sqlite.Database(':memory:');
    const prototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { finalize(this: unknown): void };
    probe.close();
    const real = prototype.finalize;
    const finalize = vi.spyOn(prototype, 'finalize').mockImplementationOnce(function (this: unknown) {
      real.call(this);
      throw new Error('database disk image is malformed');
    });
    try {
      expect(() => store.close()).not.toThrow();
      expect(finalize.mock.calls.length).toBeGreaterThan(1);
    } finally {
      finalize.mockRestore();
    }
    // Closed: the lock the file is held by is given back.
    expect(existsSync(`${path}.lock`)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SearchStore.related («Bài cùng loại»)', () => {
  it('the same kind first, the closest titles and the same body within it, then other kinds by title; never the article itself', () => {
    const store = SearchStore.open(join(tempDir(), 'index.sqlite'));
    const soKet = { kind: 'Hội nghị sơ kết' };
    store.put([
      doc('draft', 'Hội nghị sơ kết 6 tháng Chương trình xây dựng nông thôn mới năm 2026', '', { ...soKet, source: 'own', date: Date.UTC(2026, 6, 1) }),
      doc('last-year', 'Hội nghị sơ kết 6 tháng Chương trình xây dựng nông thôn mới năm 2025', 'UBND tỉnh tổ chức hội nghị.', { ...soKet, date: Date.UTC(2025, 6, 1) }),
      doc('other-programme', 'Hội nghị sơ kết công tác cải cách hành chính', 'Sở Nội vụ tổ chức hội nghị.', { ...soKet, date: Date.UTC(2025, 8, 1) }),
      doc('same-body', 'Hội nghị sơ kết công tác dân vận', 'Sở Nông nghiệp và Môi trường tổ chức hội nghị.', { ...soKet, date: Date.UTC(2024, 8, 1) }),
      doc('other-kind', 'Tiếp xúc cử tri về xây dựng nông thôn mới', 'Cử tri kiến nghị.', { kind: 'Tiếp xúc cử tri', date: Date.UTC(2025, 9, 1) }),
      doc('unrelated', 'Lễ kỷ niệm ngày thành lập Đảng', 'Long trọng tổ chức.', { kind: 'Lễ kỷ niệm', date: Date.UTC(2026, 1, 3) }),
    ]);
    const related = store.related({ id: 'draft', title: 'Hội nghị sơ kết 6 tháng Chương trình xây dựng nông thôn mới năm 2026', kind: 'Hội nghị sơ kết', body: 'Sở Nông nghiệp và Môi trường' }, 10);
    expect(related.map((hit) => hit.id)).toEqual(['last-year', 'same-body', 'other-programme', 'other-kind']);
    expect(related.map((hit) => hit.sameKind)).toEqual([true, true, true, false]);
    expect(store.related({ id: 'x', title: '', kind: '' }, 10)).toEqual([]);
    expect(store.related({ id: 'draft', title: 'Hội nghị sơ kết', kind: 'Hội nghị sơ kết' }, 2)).toHaveLength(2);
    store.close();
  });
});

describe('ArticleService search through the index', () => {
  it('finds words of the body after a restart, and an index deleted while closed is filled again from the files', async () => {
    const dir = tempDir();
    let { service } = await openArticles(dir);
    const one = await service.create({});
    await service.save({ id: one.id, baseRevision: one.revision, title: 'Kỳ họp HĐND', lead: '', byline: '', body: paragraphs('Cử tri kiến nghị về nước sạch nông thôn.') });
    expect((await service.list({ query: 'nuoc sach' })).items.map((item) => item.id)).toEqual([one.id]);
    expect((await service.list({ query: '"sạch nông thôn"' })).total).toBe(1);
    expect((await service.list({ query: '"nông thôn sạch"' })).total).toBe(0);
    await service.close();

    rmSync(join(dir, 'search'), { recursive: true, force: true });
    ({ service } = await openArticles(dir));
    // Until the index is filled, the title answers for the article; filled, the body does.
    expect((await service.list({ query: 'ky hop' })).total).toBe(1);
    await service.warmSearch();
    expect(service.searchStatus()).toBeNull();
    expect((await service.list({ query: 'nuoc sach' })).total).toBe(1);
    // Deleted for ever: gone from the index too.
    await service.trash(one.id);
    await service.deleteForever(one.id);
    expect((await service.list({ query: 'nuoc sach', trash: true })).total).toBe(0);
    await service.close();
  });

  it('tells how far filling the index is, a step at a time, and that it is done', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    for (let index = 0; index < 150; index += 1) {
      const article = await service.create({});
      await service.save({ id: article.id, baseRevision: article.revision, title: `Bài ${index}`, lead: '', byline: '', body: paragraphs(`Nội dung riêng chuỗi${index}.`) });
    }
    await service.close();
    rmSync(join(dir, 'search'), { recursive: true, force: true });
    const told: ({ done: number; total: number } | null)[] = [];
    const reopened = await ArticleService.open({ dataDir: dir, notices: new NoticeBoard(), onIndexProgress: (progress) => told.push(progress) });
    await reopened.warmSearch();
    expect(told).toEqual([{ done: 0, total: 150 }, { done: 100, total: 150 }, { done: 150, total: 150 }, null]);
    expect((await reopened.list({ query: 'chuoi149' })).items.map((item) => item.title)).toEqual(['Bài 149']);
    expect((await reopened.list({ query: 'chuoi149' })).items[0].snippet?.text).toContain('chuỗi149');
    await reopened.close();
  });
});
