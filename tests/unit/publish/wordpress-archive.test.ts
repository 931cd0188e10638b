import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveService } from '../../../electron/services/archive/archive-service';
import { PortalError, type ArchiveQuery, type PortalConnector } from '../../../electron/services/publish/connector';
import { WordPressConnector } from '../../../electron/services/publish/wordpress';
import { SearchStore } from '../../../electron/services/search/search-store';
import { startTestPortal, type TestPortal } from '../../portal/test-portal';
import { tempDir } from '../helpers';

/** Issue 16: the archive pull against a real WordPress holding thousands of published posts. */
const POSTS = Number(process.env.TOASOAN_ARCHIVE_POSTS ?? 5_000);

let portal: TestPortal | null = null;
let reason = '';
let ids: number[] = [];

beforeAll(async () => {
  const started = await startTestPortal();
  if ('reason' in started) {
    reason = started.reason;
    console.log(`[wordpress] archive tests SKIPPED: ${reason}`);
    return;
  }
  portal = started;
  ids = portal.seedPosts(POSTS, 'kho');
}, 600_000);

afterAll(() => portal?.stop());

function connector(cutAfterPages = Infinity): { connector: PortalConnector; pages: ArchiveQuery[] } {
  const running = portal as TestPortal;
  const real = new WordPressConnector({ url: running.url, ...running.editor }, 60_000);
  const pages: ArchiveQuery[] = [];
  const wrapped = Object.create(real) as PortalConnector;
  wrapped.listArchive = async (query) => {
    // The network goes away after so many pages (as a closed lid or a cut cable would).
    if (pages.length >= cutAfterPages) throw new PortalError('unreachable', 'Không kết nối được tới cổng (thử).', true);
    pages.push(query);
    return real.listArchive(query);
  };
  return { connector: wrapped, pages };
}

describe(`the portal archive from a WordPress with ${POSTS} posts`, () => {
  it('comes whole, survives a cut in the middle, then brings only what changed and marks a deleted post', async (context) => {
    if (!portal) context.skip(reason);
    const running = portal as TestPortal;
    const dataDir = tempDir();
    const index = SearchStore.open(join(dataDir, 'search', 'index.sqlite'));

    // Cut off half way (the pages are of 50): what came stays.
    const half = Math.floor(POSTS / 100);
    // The seeded posts and WordPress's own first post («Hello world!»).
    const total = POSTS + 1;
    const cut = connector(half);
    await expect(new ArchiveService(dataDir, () => cut.connector, () => index).pull('cong-tinh')).rejects.toMatchObject({ problem: 'unreachable' });
    expect(readdirSync(join(dataDir, 'archive', 'cong-tinh', 'posts'))).toHaveLength(half * 50);

    // The app again: it goes on from the next page, and the archive is whole.
    const again = connector();
    const result = await new ArchiveService(dataDir, () => again.connector, () => index).pull('cong-tinh');
    expect(again.pages[0]).toMatchObject({ page: half + 1, since: null });
    expect(result).toEqual({ fetched: total - half * 50, deleted: 0, state: 'done' });
    expect(readdirSync(join(dataDir, 'archive', 'cong-tinh', 'posts'))).toHaveLength(total);
    expect(index.size('archive')).toBe(total);
    expect(index.count(`"ket qua kho${POSTS - 7}"`, { source: 'archive' })).toBe(1);
    expect(index.search('ky hop', { source: 'archive', kind: 'Kỳ họp HĐND', from: Date.UTC(2017, 0, 1), to: Date.UTC(2017, 11, 31, 23, 59) }, { limit: 5 }).hits[0].kind).toBe('Kỳ họp HĐND');

    // On the portal: one post edited, one deleted. The next pull asks for what changed since the newest it saw.
    const auth = `Basic ${Buffer.from(`${running.editor.user}:${running.editor.password}`).toString('base64')}`;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const edited = await fetch(`${running.url}/wp-json/wp/v2/posts/${ids[10]}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Hội nghị sơ kết (đã sửa trên cổng)' }) });
    expect(edited.status).toBe(200);
    const removed = await fetch(`${running.url}/wp-json/wp/v2/posts/${ids[20]}?force=true`, { method: 'DELETE', headers: { authorization: auth } });
    expect(removed.status).toBe(200);
    const later = connector();
    const service = new ArchiveService(dataDir, () => later.connector, () => index);
    expect(await service.pull('cong-tinh')).toEqual({ fetched: 1, deleted: 1, state: 'done' });
    expect(later.pages).toHaveLength(1);
    expect(later.pages[0].since).not.toBeNull();
    expect((await service.get('cong-tinh', String(ids[10])))?.title).toBe('Hội nghị sơ kết (đã sửa trên cổng)');
    expect((await service.get('cong-tinh', String(ids[20])))?.deletedAt).toEqual(expect.any(Number));
    expect(index.size('archive')).toBe(total - 1);
    index.close();
  }, 900_000);
});
