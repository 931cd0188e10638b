import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleService, AUTO_VERSION_INTERVAL_MS } from '../../../electron/services/articles/article-service';
import { NoticeBoard } from '../../../electron/services/notices';
import { ApiError } from '../../../shared/api/errors';
import { openArticles, paragraphs, tempDir, TestClock } from '../helpers';

async function write(service: Awaited<ReturnType<typeof openArticles>>['service'], id: string, title: string, ...texts: string[]) {
  const current = await service.get(id);
  return service.save({ id, baseRevision: current.revision, title, lead: '', byline: '', body: paragraphs(...texts) });
}

describe('ArticleService', () => {
  it('creates, saves and reads an article back after a reopen', async () => {
    const dir = tempDir();
    const { service, clock } = await openArticles(dir);
    const created = await service.create({});
    expect(created.status).toBe('draft');
    clock.advance(1000);
    const saved = await service.save({
      id: created.id,
      baseRevision: created.revision,
      title: 'Hội nghị sơ kết',
      lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị.',
      byline: 'Ngô Giang Sơn',
      body: paragraphs('Đồng chí Nguyễn Hương Giang chủ trì Hội nghị.'),
    });
    expect(saved.revision).toBe(1);
    expect(saved.updatedAt).toBe(clock.value);
    await service.close();

    const reopened = await openArticles(dir, clock);
    const article = await reopened.service.get(created.id);
    expect(article.title).toBe('Hội nghị sơ kết');
    expect(article.byline).toBe('Ngô Giang Sơn');
    expect(article.body).toEqual(paragraphs('Đồng chí Nguyễn Hương Giang chủ trì Hội nghị.'));
    const list = await reopened.service.list({});
    expect(list.items.map((item) => item.title)).toEqual(['Hội nghị sơ kết']);
    expect(list.items[0].wordCount).toBeGreaterThan(10);
    await reopened.service.close();
  });

  it('stores NFC whatever arrives', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    const { id } = await service.create({});
    const nfd = 'Ủy ban nhân dân tỉnh'.normalize('NFD');
    await service.save({ id, baseRevision: 0, title: nfd, lead: nfd, byline: nfd, body: paragraphs(nfd) });
    await service.close();
    const raw = readFileSync(join(dir, 'articles', id, 'article.json'), 'utf8');
    expect(raw).toContain('Ủy ban nhân dân tỉnh'.normalize('NFC'));
    expect(raw).not.toContain(nfd);
  });

  it('does not write when nothing changed', async () => {
    const { service } = await openArticles(tempDir());
    const { id } = await service.create({});
    const first = await write(service, id, 'Một', 'a');
    const again = await service.save({ id, baseRevision: first.revision, title: 'Một', lead: '', byline: '', body: paragraphs('a') });
    expect(again.revision).toBe(first.revision);
    await service.close();
  });

  it('keeps a version every ten minutes of editing', async () => {
    const { service, clock } = await openArticles(tempDir());
    const { id } = await service.create({});
    clock.advance(60_000);
    expect((await write(service, id, 'a', 'một')).versionCreated).toBeNull();
    clock.advance(AUTO_VERSION_INTERVAL_MS);
    const saved = await write(service, id, 'a', 'hai');
    expect(saved.versionCreated?.reason).toBe('auto');
    clock.advance(60_000);
    expect((await write(service, id, 'a', 'ba')).versionCreated).toBeNull();
    expect((await service.listVersions(id)).map((version) => version.reason)).toEqual(['auto']);
    await service.close();
  });

  it('restores a version after keeping the current text as a version', async () => {
    const { service, clock } = await openArticles(tempDir());
    const { id } = await service.create({});
    await write(service, id, 'Bản một', 'Nội dung một');
    const manual = await service.createVersion(id);
    expect(manual.reason).toBe('manual');
    clock.advance(1000);
    await write(service, id, 'Bản hai', 'Nội dung hai');
    clock.advance(1000);
    const { article, savedCurrentAs } = await service.restoreVersion(id, manual.id);
    expect(article.title).toBe('Bản một');
    expect(article.body).toEqual(paragraphs('Nội dung một'));
    expect(savedCurrentAs.reason).toBe('before-restore');
    const undone = await service.restoreVersion(id, savedCurrentAs.id);
    expect(undone.article.title).toBe('Bản hai');
    const versions = await service.listVersions(id);
    expect(versions.map((version) => version.reason)).toEqual(['before-restore', 'before-restore', 'manual']);
    expect((await service.getVersion(id, manual.id)).body).toEqual(paragraphs('Nội dung một'));
    await service.close();
  });

  it('keeps what another window saved when a stale revision arrives', async () => {
    const { service } = await openArticles(tempDir());
    const { id } = await service.create({});
    await service.save({ id, baseRevision: 0, title: 'Cửa sổ A', lead: '', byline: '', body: paragraphs('A') });
    await service.save({ id, baseRevision: 0, title: 'Cửa sổ B', lead: '', byline: '', body: paragraphs('B') });
    const versions = await service.listVersions(id);
    expect(versions[0].reason).toBe('conflict');
    expect((await service.getVersion(id, versions[0].id)).title).toBe('Cửa sổ A');
    expect((await service.get(id)).title).toBe('Cửa sổ B');
    await service.close();
  });

  it('an editor\'s earlier save arriving after its later one (sent as the window closed) is not stored over it', async () => {
    const { service } = await openArticles(tempDir());
    const { id } = await service.create({});
    const writer = 'a1b2c3d4e5f60718';
    await service.save({ id, baseRevision: 0, writer: { id: writer, sequence: 1 }, title: 'Kỳ họp', lead: '', byline: '', body: paragraphs('Sáng') });
    // Saves 2 and 3 both left the page with revision 1 as their base; 3 arrives first.
    await service.save({ id, baseRevision: 1, writer: { id: writer, sequence: 3 }, title: 'Kỳ họp', lead: '', byline: '', body: paragraphs('Sáng 10/12, khai mạc Kỳ họp thứ 20.') });
    const late = await service.save({ id, baseRevision: 1, writer: { id: writer, sequence: 2 }, title: 'Kỳ họp', lead: '', byline: '', body: paragraphs('Sáng 10/12, khai') });
    expect(late.revision).toBe(2);
    expect((await service.get(id)).body).toEqual(paragraphs('Sáng 10/12, khai mạc Kỳ họp thứ 20.'));
    // In the other order, the later one lands last; neither is taken for another window's work.
    await service.save({ id, baseRevision: 2, writer: { id: writer, sequence: 4 }, title: 'Kỳ họp', lead: '', byline: '', body: paragraphs('Bốn') });
    await service.save({ id, baseRevision: 2, writer: { id: writer, sequence: 5 }, title: 'Kỳ họp', lead: '', byline: '', body: paragraphs('Năm') });
    expect((await service.get(id)).body).toEqual(paragraphs('Năm'));
    expect((await service.listVersions(id)).filter((version) => version.reason === 'conflict')).toEqual([]);
    // Another editor with the same stale base is another window: what was stored is kept as a version.
    await service.save({ id, baseRevision: 2, writer: { id: 'ffffeeeeddddcccc', sequence: 1 }, title: 'Kỳ họp', lead: '', byline: '', body: paragraphs('Cửa sổ khác') });
    const conflicts = (await service.listVersions(id)).filter((version) => version.reason === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect((await service.getVersion(id, conflicts[0].id)).body).toEqual(paragraphs('Năm'));
    await service.close();
  });

  it('a save may carry only the blocks changed since the editor\'s own last save; on any other body it is refused as out of date', async () => {
    const dir = tempDir();
    const { service, clock } = await openArticles(dir);
    const { id } = await service.create({});
    const writer = 'a1b2c3d4e5f60718';
    const fields = { title: 'Kỳ họp', lead: '', byline: '' };
    const change = (from: number, to: number, ...texts: string[]) => ({ blocks: 3, from, to, nodes: paragraphs(...texts).content ?? [] });
    const outOfDate = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ code: 'OUT_OF_DATE' });
    // No save of this editor yet: the services do not know what the change was made on.
    await outOfDate(service.save({ id, baseRevision: 0, writer: { id: writer, sequence: 1 }, ...fields, bodyChange: change(0, 0) }));
    await service.save({ id, baseRevision: 0, writer: { id: writer, sequence: 1 }, ...fields, body: paragraphs('Một', 'Hai', 'Ba') });
    clock.advance(1000);
    const second = await service.save({ id, baseRevision: 1, writer: { id: writer, sequence: 2 }, ...fields, bodyChange: change(1, 2, 'Hai, sửa', 'Hai rưỡi') });
    expect(second.revision).toBe(2);
    expect((await service.get(id)).body).toEqual(paragraphs('Một', 'Hai, sửa', 'Hai rưỡi', 'Ba'));
    // A change made on three blocks when the body has four, on an older revision, or after another window's save.
    await outOfDate(service.save({ id, baseRevision: 2, writer: { id: writer, sequence: 3 }, ...fields, bodyChange: change(0, 1, 'Không') }));
    await outOfDate(service.save({ id, baseRevision: 1, writer: { id: writer, sequence: 3 }, ...fields, bodyChange: { ...change(0, 1, 'Không'), blocks: 4 } }));
    await service.save({ id, baseRevision: 2, writer: { id: 'ffffeeeeddddcccc', sequence: 1 }, ...fields, body: paragraphs('Cửa sổ khác') });
    await outOfDate(service.save({ id, baseRevision: 2, writer: { id: writer, sequence: 4 }, ...fields, bodyChange: { ...change(0, 1, 'Không'), blocks: 4 } }));
    expect((await service.get(id)).body).toEqual(paragraphs('Cửa sổ khác'));
    // A change that makes a body larger than a whole one may be: refused as a whole one would be.
    await service.save({ id, baseRevision: 3, writer: { id: writer, sequence: 5 }, ...fields, body: paragraphs('Một') });
    const many = Array.from({ length: 60_000 }, () => ({ type: 'paragraph' }));
    await service.save({ id, baseRevision: 4, writer: { id: writer, sequence: 6 }, ...fields, bodyChange: { blocks: 1, from: 1, to: 1, nodes: many } });
    await expect(service.save({ id, baseRevision: 5, writer: { id: writer, sequence: 7 }, ...fields, bodyChange: { blocks: 60_001, from: 0, to: 0, nodes: many } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await service.close();
    // After a restart the services hold no editor's last save: the next change goes whole.
    const reopened = await openArticles(dir, clock);
    await outOfDate(reopened.service.save({ id, baseRevision: 5, writer: { id: writer, sequence: 8 }, ...fields, bodyChange: { blocks: 60_001, from: 0, to: 1, nodes: [] } }));
    await reopened.service.close();
  });

  it('moves to the trash, restores, and deletes for ever only from the trash', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    const one = await service.create({ title: 'Một' });
    const two = await service.create({ title: 'Hai' });
    await service.trash(one.id);
    expect((await service.list({})).items.map((item) => item.title)).toEqual(['Hai']);
    expect((await service.list({ trash: true })).items.map((item) => item.title)).toEqual(['Một']);
    await expect(service.save({ id: one.id, baseRevision: 0, title: 'x', lead: '', byline: '', body: paragraphs('x') })).rejects.toThrow(/thùng rác/);
    await expect(service.deleteForever(two.id)).rejects.toThrow('Chỉ xóa vĩnh viễn được bài đã ở thùng rác.');
    await service.restore(one.id);
    expect((await service.list({})).total).toBe(2);
    await service.trash(one.id);
    await service.trash(two.id);
    expect(await service.emptyTrash()).toEqual({ removed: 2 });
    expect(readdirSync(join(dir, 'articles'))).toEqual([]);
    await expect(service.get(one.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await service.close();
  });

  it('searches titles and text without diacritics, filters and sorts', async () => {
    const { service, clock } = await openArticles(tempDir());
    const titles = ['Hội nghị sơ kết', 'Ủy ban MTTQ gặp mặt', 'Kiểm tra cơ sở'];
    const ids: string[] = [];
    for (const title of titles) {
      clock.advance(1000);
      const { id } = await service.create({});
      ids.push(id);
      await write(service, id, title, title === 'Kiểm tra cơ sở' ? 'Đoàn của Uỷ ban kiểm tra làm việc.' : 'Nội dung.');
    }
    expect((await service.list({ query: 'hoi nghi so ket' })).items.map((item) => item.title)).toEqual(['Hội nghị sơ kết']);
    expect((await service.list({ query: 'uy ban' })).total).toBe(2);
    expect((await service.list({ query: 'UY BAN' })).total).toBe(2);
    expect((await service.list({ sort: 'updated-asc' })).items[0].title).toBe('Hội nghị sơ kết');
    expect((await service.list({})).items[0].title).toBe('Kiểm tra cơ sở');
    expect((await service.list({ status: 'published' })).total).toBe(0);
    expect((await service.list({ limit: 2 })).items).toHaveLength(2);
    expect((await service.list({ limit: 2, offset: 2 })).items).toHaveLength(1);
    // The order is kept between calls, and follows every change: a save puts its article first, the trash takes it out.
    clock.advance(1000);
    await write(service, ids[0], 'Hội nghị sơ kết (sửa)', 'Nội dung mới.');
    expect((await service.list({})).items.map((item) => item.id)).toEqual([ids[0], ids[2], ids[1]]);
    expect((await service.list({ sort: 'updated-asc' })).items.map((item) => item.id)).toEqual([ids[1], ids[2], ids[0]]);
    await service.trash(ids[2]);
    expect((await service.list({})).items.map((item) => item.id)).toEqual([ids[0], ids[1]]);
    expect((await service.list({ trash: true })).items.map((item) => item.id)).toEqual([ids[2]]);
    await service.close();
  });

  it('answers an unknown id with a Vietnamese NOT_FOUND', async () => {
    const { service } = await openArticles(tempDir());
    const error = await service.get('khong-co-bai-nay').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy bài viết này; có thể bài đã bị xóa vĩnh viễn.' });
    await service.close();
  });

  it('keeps settings', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    await service.updateSettings({ authorName: 'Trần Thị Hằng'.normalize('NFD') });
    expect((await service.create({})).author).toBe('Trần Thị Hằng');
    await service.close();
    const reopened = await openArticles(dir);
    expect(reopened.service.settings()).toEqual({ authorName: 'Trần Thị Hằng', toneStyle: 'auto', checkWhileTyping: true, spellingCheck: true, spellingBlocks: false, photoLongestSide: 1600, photoQuality: 82 });
    await reopened.service.close();
  });
});

describe('recovery from damaged files', () => {
  it('rebuilds a damaged library index from the article files and says so', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    const { id } = await service.create({});
    await write(service, id, 'Còn nguyên', 'Văn bản.');
    await service.close();
    writeFileSync(join(dir, 'library.json'), '{"schemaVersion":2,"articles":{"x":');
    const reopened = await openArticles(dir);
    expect(reopened.notices.list().map((notice) => notice.message).join('\n')).toContain('Tệp mục lục thư viện bị hỏng');
    expect((await reopened.service.list({})).items.map((item) => item.title)).toEqual(['Còn nguyên']);
    expect(readdirSync(dir).some((name) => name.startsWith('library.json.corrupt-'))).toBe(true);
    await reopened.service.close();
  });

  it('restores a damaged article from its newest version and keeps the damaged file', async () => {
    const dir = tempDir();
    const { service, clock } = await openArticles(dir);
    const { id } = await service.create({});
    await write(service, id, 'Bài', 'Bản đã lưu phiên bản.');
    await service.createVersion(id);
    clock.advance(1000);
    await write(service, id, 'Bài', 'Bản mới hơn.');
    await service.close();
    writeFileSync(join(dir, 'articles', id, 'article.json'), '\u0000\u0000garbage');
    const reopened = await openArticles(dir, clock);
    const article = await reopened.service.get(id);
    expect(article.body).toEqual(paragraphs('Bản đã lưu phiên bản.'));
    expect(reopened.notices.list().some((notice) => notice.message.includes('đã khôi phục từ phiên bản'))).toBe(true);
    expect(readdirSync(join(dir, 'articles', id)).some((name) => name.startsWith('article.json.corrupt-'))).toBe(true);
    // The rest of the library still loads and saves.
    const other = await reopened.service.create({ title: 'Bài khác' });
    expect((await reopened.service.get(other.id)).title).toBe('Bài khác');
    await reopened.service.close();
  });

  it('keeps the author of an article put back from a version when the library’s index was damaged too', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const actor = { id: 'ho-so-1', name: 'Trần Thị Thử', roles: ['reporter'] as const };
    const service = await ArticleService.open({ dataDir: dir, notices: new NoticeBoard(clock.now), now: clock.now, actor: () => actor });
    const { id } = await service.create({});
    await write(service, id, 'Tiếp xúc cử tri', 'Bản đã lưu phiên bản.');
    await service.createVersion(id);
    await service.close();
    writeFileSync(join(dir, 'articles', id, 'article.json'), 'not json');
    writeFileSync(join(dir, 'library.json'), 'not json either');
    const reopened = await openArticles(dir, clock);
    const article = await reopened.service.get(id);
    expect(article.body).toEqual(paragraphs('Bản đã lưu phiên bản.'));
    expect(article.author).toBe('Trần Thị Thử');
    expect((await reopened.service.list({})).items.map((item) => item.author)).toEqual(['Trần Thị Thử']);
    await reopened.service.close();
  });

  it('keeps the title when a damaged article has no version to come back to', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    const { id } = await service.create({});
    await write(service, id, 'Chỉ còn tiêu đề', 'Mất.');
    await service.close();
    writeFileSync(join(dir, 'articles', id, 'article.json'), 'not json');
    const reopened = await openArticles(dir);
    const article = await reopened.service.get(id);
    expect(article.title).toBe('Chỉ còn tiêu đề');
    expect(reopened.notices.list().some((notice) => notice.message.includes('không còn phiên bản nào'))).toBe(true);
    await reopened.service.close();
  });

  it('ignores a torn last journal line and trusts the article files', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    const { id } = await service.create({});
    await write(service, id, 'Tiêu đề đúng', 'Văn bản.');
    await service.idle();
    // No close: the journal still holds the entries. Add half a line as a crash would.
    writeFileSync(join(dir, 'library.journal'), readFileSync(join(dir, 'library.journal'), 'utf8') + '{"t":"put","s":{"id":"');
    const reopened = await openArticles(dir);
    expect((await reopened.service.list({})).items.map((item) => item.title)).toEqual(['Tiêu đề đúng']);
    expect(readFileSync(join(dir, 'library.journal'), 'utf8')).toBe('');
    await reopened.service.close();
    await service.close();
  });
});

describe('a data folder that cannot be written', () => {
  it('opens read-only with a Vietnamese message and refuses to save', async () => {
    const parent = tempDir();
    const blocker = join(parent, 'not-a-folder');
    writeFileSync(blocker, 'a file where the data folder should be');
    const { service, notices } = await openArticles(join(blocker, 'data'));
    expect(service.readOnly).toBe(true);
    expect(notices.list()[0].message).toContain('Không ghi được vào thư mục dữ liệu');
    await expect(service.create({})).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect((await service.list({})).total).toBe(0);
    await service.close();
  });

  it.skipIf(process.getuid?.() === 0)('as an ordinary user, a folder without write permission is read-only and its data intact', async () => {
    const { chmodSync } = await import('node:fs');
    const dir = tempDir();
    const first = await openArticles(dir);
    const { id } = await first.service.create({ title: 'Giữ nguyên' });
    await first.service.close();
    chmodSync(dir, 0o555);
    try {
      const second = await openArticles(dir);
      expect(second.service.readOnly).toBe(true);
      expect((await second.service.get(id)).title).toBe('Giữ nguyên');
      await expect(second.service.save({ id, baseRevision: 0, title: 'x', lead: '', byline: '', body: paragraphs('x') })).rejects.toMatchObject({ code: 'READ_ONLY' });
      await second.service.close();
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(existsSync(join(dir, 'articles', id, 'article.json'))).toBe(true);
  });
});

describe('the journal', () => {
  it('is folded into the snapshot after many saves, and the library reopens the same', async () => {
    const dir = tempDir();
    const clock = new TestClock();
    const { service } = await openArticles(dir, clock);
    const { id } = await service.create({});
    for (let index = 0; index < 1_050; index += 1) {
      clock.advance(10);
      await write(service, id, `Lần ${index}`, `Nội dung ${index}`);
    }
    await service.idle();
    const journalLines = readFileSync(join(dir, 'library.journal'), 'utf8').split('\n').filter(Boolean).length;
    expect(journalLines).toBeLessThan(1_000);
    await service.close();
    const reopened = await openArticles(dir, clock);
    expect((await reopened.service.list({})).items[0].title).toBe('Lần 1049');
    await reopened.service.close();
  });
});
