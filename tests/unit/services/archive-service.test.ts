import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE, ArchiveService, htmlText, type ArchiveProgress } from '../../../electron/services/archive/archive-service';
import { PortalError, type ArchiveQuery, type PortalConnector } from '../../../electron/services/publish/connector';
import { GenericPortalConnector } from '../../../electron/services/publish/generic';
import { SearchStore } from '../../../electron/services/search/search-store';
import { archiveId } from '../../../shared/search/ids';
import { eventKind } from '../../../shared/search/kinds';
import { startGenericPortal, type GenericPortal } from '../../portal/generic-portal';
import { tempDir } from '../helpers';

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

const KINDS = ['Hội nghị sơ kết 6 tháng đầu năm', 'Kỳ họp thứ 20 HĐND tỉnh', 'Tiếp xúc cử tri huyện Yên Lạc', 'Lễ kỷ niệm ngày thành lập'];

async function portalWith(count: number): Promise<GenericPortal> {
  const target = await startGenericPortal();
  open.push(target);
  for (let index = 0; index < count; index += 1) {
    target.articles.push({
      id: `bai-${1000 + index}`,
      externalId: `kho-${index}`,
      title: `${KINDS[index % KINDS.length]} (bài ${index})`,
      lead: `<p>Sapo bài ${index}.</p>`,
      html: `<p>Đồng chí Nguyễn Văn An phát biểu tại bài số${index}.</p><p>Các đại biểu thảo luận.</p>`,
      status: 'publish',
      categories: ['Tin hoạt động'],
      author: 'Ban biên tập',
      modified: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
    });
  }
  return target;
}

/** The connector, counting the pages asked for, and cut off (as a lost network) after `cutAfter` of them. */
function counted(target: GenericPortal, cutAfter = Infinity): { connector: PortalConnector; pages: ArchiveQuery[] } {
  const real = new GenericPortalConnector(target.url, target.token);
  const pages: ArchiveQuery[] = [];
  const connector = Object.create(real) as PortalConnector;
  connector.listArchive = async (query) => {
    if (pages.length >= cutAfter) throw new PortalError('unreachable', 'Không kết nối được tới cổng (thử).', true);
    pages.push(query);
    return real.listArchive(query);
  };
  return { connector, pages };
}

function setup(dataDir: string, connector: PortalConnector) {
  const index = SearchStore.open(join(dataDir, 'search', 'index.sqlite'));
  open.push(index);
  const told: ArchiveProgress[] = [];
  const archive = new ArchiveService(dataDir, () => connector, () => index, (progress) => told.push(progress));
  return { index, archive, told };
}

describe('the portal archive on the workstation', () => {
  it('brings every published post in, kept apart and searchable as archive, with the kind of event from the title', async () => {
    const target = await portalWith(ARCHIVE_PAGE * 2 + 7);
    const dataDir = tempDir();
    const { connector, pages } = counted(target);
    const { index, archive, told } = setup(dataDir, connector);
    expect(await archive.pull('cong-1')).toEqual({ fetched: 107, deleted: 0, state: 'done' });
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(readdirSync(join(dataDir, 'archive', 'cong-1', 'posts'))).toHaveLength(107);
    expect(told.at(-1)).toMatchObject({ state: 'done', fetched: 107 });
    const found = index.search('"bai so42"', { source: 'archive' });
    expect(found.hits.map((hit) => hit.id)).toEqual([archiveId('cong-1', 'bai-1042')]);
    expect(found.hits[0].kind).toBe('Tiếp xúc cử tri');
    expect(index.count('dai bieu', { source: 'archive', kind: 'Tiếp xúc cử tri' })).toBe(27);
    expect(index.count('dai bieu', { source: 'own' })).toBe(0);
    const kept = await archive.get('cong-1', 'bai-1042');
    expect(kept).toMatchObject({ title: 'Tiếp xúc cử tri huyện Yên Lạc (bài 42)', categories: ['Tin hoạt động'], deletedAt: null });
  });

  it('a pull cut off in the middle goes on from the page it reached, with nothing lost or twice', async () => {
    const target = await portalWith(ARCHIVE_PAGE * 3 + 1);
    const dataDir = tempDir();
    const cut = counted(target, 2);
    const first = setup(dataDir, cut.connector);
    await expect(first.archive.pull('cong-1')).rejects.toMatchObject({ problem: 'unreachable' });
    expect(first.told.at(-1)).toMatchObject({ state: 'failed', fetched: ARCHIVE_PAGE * 2 });
    first.index.close();
    // The app starts again (another service, the same folder): pages 3 and 4 only.
    const again = counted(target);
    const second = setup(dataDir, again.connector);
    expect(await second.archive.pull('cong-1')).toMatchObject({ fetched: ARCHIVE_PAGE + 1, state: 'done' });
    expect(again.pages.map((page) => page.page)).toEqual([3, 4]);
    expect(second.index.size('archive')).toBe(ARCHIVE_PAGE * 3 + 1);
  });

  it('later pulls ask only for what changed, and posts gone from the portal are marked deleted and leave the search', async () => {
    const target = await portalWith(12);
    const dataDir = tempDir();
    const { connector, pages } = counted(target);
    const { index, archive } = setup(dataDir, connector);
    await archive.pull('cong-1');
    // On the portal: one post edited, one new, one deleted, one unpublished.
    const later = new Date(Date.UTC(2025, 5, 1)).toISOString();
    Object.assign(target.articles[3], { title: 'Tiếp xúc cử tri (đã sửa)', modified: later });
    target.articles.push({ ...target.articles[0], id: 'bai-2000', externalId: 'kho-moi', title: 'Đại hội Đảng bộ', modified: later });
    target.articles.splice(5, 1);
    target.articles[7].status = 'draft';
    pages.length = 0;
    expect(await archive.pull('cong-1')).toEqual({ fetched: 2, deleted: 2, state: 'done' });
    expect(pages).toEqual([{ since: new Date(Date.UTC(2025, 0, 1) + 11 * 60_000).toISOString(), page: 1, perPage: ARCHIVE_PAGE }]);
    expect((await archive.get('cong-1', 'bai-1003'))?.title).toBe('Tiếp xúc cử tri (đã sửa)');
    expect((await archive.get('cong-1', 'bai-1005'))?.deletedAt).toEqual(expect.any(Number));
    expect(index.search('"bai so5"', { source: 'archive' }).hits).toEqual([]);
    expect(index.search('dang bo', { source: 'archive' }).hits.map((hit) => hit.kind)).toEqual(['Đại hội']);
    // Nothing changed: nothing fetched.
    expect(await archive.pull('cong-1')).toEqual({ fetched: 0, deleted: 0, state: 'done' });
  });

  it('cancelling stops after the page under way; a post id that could not be a file name is refused', async () => {
    const target = await portalWith(ARCHIVE_PAGE * 2);
    target.articles.push({ ...target.articles[0], id: 'bai-..-..-etc', externalId: 'xau', modified: new Date().toISOString() });
    const dataDir = tempDir();
    const { connector, pages } = counted(target);
    const { archive } = setup(dataDir, connector);
    const original = connector.listArchive;
    connector.listArchive = async (query) => {
      const answer = await original(query);
      archive.cancel('cong-1');
      return answer;
    };
    expect(await archive.pull('cong-1')).toMatchObject({ fetched: ARCHIVE_PAGE, state: 'cancelled' });
    connector.listArchive = original;
    expect(await archive.pull('cong-1')).toMatchObject({ state: 'done' });
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(readdirSync(join(dataDir, 'archive', 'cong-1', 'posts')).some((name) => name.includes('..'))).toBe(false);
    await expect(archive.pull('../../etc')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('reading a portal post for the index', () => {
  it('the featured image comes as a small thumbnail; one that cannot be had leaves the post without, and is tried again', async () => {
    const sharp = (await import('sharp')).default;
    const target = await portalWith(3);
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#2a6f4e' } }).jpeg().toBuffer();
    target.media.push({ id: 'anh-1', externalId: 'x', caption: '', alt: '', bytes: photo });
    target.media.push({ id: 'hong-1', externalId: 'y', caption: '', alt: '', bytes: new TextEncoder().encode('<svg onload=alert(1)>') });
    target.articles[0].featuredMediaId = 'anh-1';
    target.articles[1].featuredMediaId = 'hong-1';
    const dataDir = tempDir();
    const { connector } = counted(target);
    const { archive } = setup(dataDir, connector);
    await archive.pull('cong-1');
    const thumb = await sharp(archive.thumbFile('cong-1', 'bai-1000')).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 240, 180]);
    expect(await archive.thumbnail(archiveId('cong-1', 'bai-1000'))).toMatch(/^media\/kho\/cong-1\/bai-1000\.jpg\?v=\d+$/);
    // Not an image: no thumbnail, the post is there with its address.
    expect(await archive.thumbnail(archiveId('cong-1', 'bai-1001'))).toBeNull();
    expect(await archive.get('cong-1', 'bai-1001')).toMatchObject({ thumbnailUrl: expect.stringMatching(/\/files\/hong-1\.jpg$/) });
    expect(await archive.thumbnail('own-article-id')).toBeNull();

    // The next time the post is listed, the picture is tried again; a featured image taken off removes the thumbnail.
    target.media[1].bytes = photo;
    target.articles[1].modified = new Date(Date.UTC(2026, 0, 1)).toISOString();
    target.articles[0].featuredMediaId = undefined;
    target.articles[0].modified = new Date(Date.UTC(2026, 0, 2)).toISOString();
    await archive.pull('cong-1');
    expect(await archive.thumbnail(archiveId('cong-1', 'bai-1001'))).not.toBeNull();
    expect(await archive.thumbnail(archiveId('cong-1', 'bai-1000'))).toBeNull();
    // A name built to leave the folder is no file of the archive.
    expect(() => archive.thumbFile('cong-1', '../../secret')).toThrow();
    expect(() => archive.thumbFile('../x', 'bai-1000')).toThrow();
  });

  it('a featured image on another site is not fetched (only the portal’s own address), nor one past the size allowed', async () => {
    const target = await portalWith(1);
    const elsewhere = new GenericPortalConnector(target.url, target.token);
    await expect(elsewhere.download('http://127.0.0.2:9/anh.jpg')).rejects.toThrow('ngoài địa chỉ của cổng');
    target.media.push({ id: 'lon-1', externalId: 'z', caption: '', alt: '', bytes: new Uint8Array(3 * 1024 * 1024) });
    await expect(elsewhere.download(`${target.url}/files/lon-1.jpg`, 1024 * 1024)).rejects.toThrow('quá lớn');
    expect((await elsewhere.download(`${target.url}/files/lon-1.jpg`)).byteLength).toBe(3 * 1024 * 1024);
    // Sent in pieces with no length announced: the reading stops at the limit.
    const { createServer } = await import('node:http');
    const endless = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const piece = Buffer.alloc(64 * 1024);
      const timer = setInterval(() => response.write(piece), 1);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => endless.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(endless.address() as { port: number }).port}`;
    const { downloadFromPortal } = await import('../../../electron/services/publish/connector');
    await expect(downloadFromPortal(base, `${base}/anh.jpg`, 5_000, {}, 512 * 1024)).rejects.toThrow('quá lớn');
    endless.closeAllConnections();
    endless.close();
  });

  it('an index lost or made anew finds the archive again from the posts kept here, without asking the portal', async () => {
    const { rmSync, unlinkSync } = await import('node:fs');
    const target = await portalWith(120);
    const dataDir = tempDir();
    const { connector, pages } = counted(target);
    const first = setup(dataDir, connector);
    await first.archive.pull('cong-1');
    first.index.close();
    rmSync(join(dataDir, 'search'), { recursive: true, force: true });
    // One post gone from the disk meanwhile: it must not come back into the index.
    unlinkSync(join(dataDir, 'archive', 'cong-1', 'posts', 'bai-1007.json'));

    const asked = pages.length;
    const again = setup(dataDir, connector);
    expect(again.index.count('dai bieu', { source: 'archive' })).toBe(0);
    expect(await again.archive.reindex()).toBe(119);
    expect(again.index.size('archive')).toBe(119);
    expect(again.index.search('"bai so42"', { source: 'archive' }).hits.map((hit) => hit.id)).toEqual([archiveId('cong-1', 'bai-1042')]);
    // Nothing to do the second time; an entry whose post was removed since leaves the index.
    expect(await again.archive.reindex()).toBe(0);
    unlinkSync(join(dataDir, 'archive', 'cong-1', 'posts', 'bai-1042.json'));
    await again.archive.reindex();
    expect(again.index.search('"bai so42"', { source: 'archive' }).hits).toEqual([]);
    expect(pages.length).toBe(asked);
  });

  it('plain text from the HTML, and the kind of event from the title', () => {
    expect(htmlText('<p>Đồng chí&nbsp;An</p><script>alert(1)</script><p>Hội nghị &amp; tọa đàm</p>')).toBe('Đồng chí An\nHội nghị & tọa đàm');
    expect(eventKind('Hội nghị sơ kết 6 tháng đầu năm 2025')).toBe('Hội nghị sơ kết');
    expect(eventKind('HĐND tỉnh khai mạc Kỳ họp thứ 20')).toBe('Kỳ họp HĐND');
    expect(eventKind('Hội nghị cán bộ chủ chốt')).toBe('Hội nghị');
    expect(eventKind('Thời tiết hôm nay')).toBe('');
  });
});
