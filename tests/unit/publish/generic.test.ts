import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { MediaService } from '../../../electron/services/media/media-service';
import { NoticeBoard } from '../../../electron/services/notices';
import { PortalError } from '../../../electron/services/publish/connector';
import { GenericPortalConnector } from '../../../electron/services/publish/generic';
import { postMarker, publishArticle, type PublishRequest, type PublishState } from '../../../electron/services/publish/publisher';
import type { Article, DocNode } from '../../../shared/article/model';
import { startFaultProxy } from '../../portal/fault-proxy';
import { startGenericPortal, type GenericPortal } from '../../portal/generic-portal';
import { appServices, tempDir } from '../helpers';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (running.length) await running.pop()?.close();
});

async function portal(options?: Parameters<typeof startGenericPortal>[0]): Promise<GenericPortal> {
  const started = await startGenericPortal(options);
  running.push(started);
  return started;
}

/** A server that answers every request with the same thing: an HTML page, or 200 with garbage. */
async function answering(status: number, type: string, body: string): Promise<string> {
  const server = createServer((_request, response) => response.writeHead(status, { 'content-type': type }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/toasoan/v1`;
}

async function article(media: MediaService, id: string, count = 3): Promise<{ request: Omit<PublishRequest, 'status'>; photoIds: string[] }> {
  const figures: DocNode[] = [];
  const photoIds: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const bytes = await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 40 * index, g: 120, b: 200 } } }).jpeg().toBuffer();
    const { photo } = await media.add(id, `anh-${index}.jpg`, bytes);
    const caption = index === 1 ? 'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị.' : `Ảnh ${index + 1} của Hội nghị.`;
    await media.update(id, [photo.id], { caption, credit: 'Ngô Giang Sơn', alt: `Ảnh ${index + 1}` });
    figures.push({ type: 'figure', attrs: { photoId: photo.id, articleId: id }, content: [{ type: 'text', text: caption }] });
    photoIds.push(photo.id);
  }
  const list = await media.list(id);
  const draft: Article = {
    id,
    title: 'Hội nghị sơ kết Quy chế phối hợp',
    lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung Hội nghị.' }] }, ...figures] },
    byline: 'Ngô Giang Sơn',
    author: 'Ngô Giang Sơn',
    status: 'approved',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    revision: 1,
    categories: ['Tin hoạt động'],
    tags: ['Quy chế phối hợp', 'UBND tỉnh'],
  };
  return { request: { article: draft, photos: list.photos, coverId: list.coverId, webCopy: (photoId) => readFile(media.file(id, photoId, 'web')) }, photoIds };
}

const fresh = (): PublishState => ({ media: {}, postId: null, link: null });

describe('the generic portal connector (docs/portal-api.yaml)', () => {
  it('tells in Vietnamese what is wrong with a connection', async () => {
    const good = await portal({ userName: 'Ban biên tập' });
    expect(await new GenericPortalConnector(good.url, good.token).testConnection()).toMatchObject({ userName: 'Ban biên tập', canPublish: true });
    await expect(new GenericPortalConnector(good.url, 'het-han').testConnection()).rejects.toMatchObject({ problem: 'credentials', retryable: false, message: expect.stringContaining('token') });
    await expect(new GenericPortalConnector(await answering(200, 'text/html', '<html><body>Cổng</body></html>'), 'x').testConnection()).rejects.toMatchObject({ problem: 'not-portal' });
    await expect(new GenericPortalConnector(await answering(200, 'application/json', '{"hello":1}'), 'x').testConnection()).rejects.toMatchObject({ problem: 'not-portal' });
    await expect(new GenericPortalConnector('http://127.0.0.1:9/api', 'x', 2_000).testConnection()).rejects.toMatchObject({ problem: 'unreachable', retryable: true });
  });

  it('publishes an article with three captioned photos: figures, featured photo, captions with credit, alt text, category', async () => {
    const target = await portal();
    const media = new MediaService(tempDir(), new NoticeBoard(), () => ({ longestSide: 800, quality: 80 }));
    const { request, photoIds } = await article(media, 'bai-cong-khac-1');
    const state = await publishArticle(new GenericPortalConnector(target.url, target.token), { ...request, status: 'publish' }, fresh(), async () => undefined);
    expect(target.articles).toHaveLength(1);
    const [post] = target.articles;
    expect(post).toMatchObject({ id: state.postId, externalId: postMarker('bai-cong-khac-1'), status: 'publish', lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết.' });
    expect(post.html.match(/<figure class="wp-block-image/g)).toHaveLength(3);
    expect(post.html).toContain('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị. <span class="photo-credit">(Ảnh: Ngô Giang Sơn)</span></figcaption>');
    expect(post.featuredMediaId).toBe(state.media[photoIds[0]].id);
    expect(target.categories.filter((category) => post.categories.includes(category.id)).map((category) => category.name)).toEqual(['Tin hoạt động']);
    expect(post.tags).toEqual(['Quy chế phối hợp', 'UBND tỉnh']);
    expect(target.media.map((item) => [item.caption, item.alt])[1]).toEqual([
      'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị. (Ảnh: Ngô Giang Sơn)',
      'Ảnh 2',
    ]);
    await media.close();
  });

  it('finds what an interrupted attempt made (by externalId) and warns before overwriting a post changed on the portal', async () => {
    const target = await portal();
    const connector = new GenericPortalConnector(target.url, target.token);
    const media = new MediaService(tempDir(), new NoticeBoard(), () => ({ longestSide: 800, quality: 80 }));
    const { request } = await article(media, 'bai-cong-khac-2');
    let saves = 0;
    await expect(
      publishArticle(connector, { ...request, status: 'publish' }, fresh(), async () => {
        saves += 1;
        if (saves === 2) throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    const first = await publishArticle(connector, { ...request, status: 'publish' }, fresh(), async () => undefined);
    expect(target.articles).toHaveLength(1);
    expect(target.media).toHaveLength(3);
    // A colleague edits the post on the portal; our next publish stops and says so, until the editor chooses.
    target.articles[0] = { ...target.articles[0], title: 'Sửa trên cổng', modified: new Date(Date.now() + 1).toISOString() };
    await expect(publishArticle(connector, { ...request, status: 'publish' }, structuredClone(first), async () => undefined)).rejects.toMatchObject({ problem: 'conflict' });
    expect(target.articles[0].title).toBe('Sửa trên cổng');
    await publishArticle(connector, { ...request, status: 'publish', overwrite: true }, structuredClone(first), async () => undefined);
    expect(target.articles[0].title).toBe('Hội nghị sơ kết Quy chế phối hợp');
    expect(target.articles).toHaveLength(1);
    await media.close();
  });

  it('a portal that answers 200 with garbage is said so, and may be retried', async () => {
    const garbage = await answering(200, 'application/json', '{"ok":true}');
    const media = new MediaService(tempDir(), new NoticeBoard(), () => ({ longestSide: 800, quality: 80 }));
    const { request } = await article(media, 'bai-cong-rac', 1);
    const error = await publishArticle(new GenericPortalConnector(garbage, 'x'), { ...request, status: 'publish' }, fresh(), async () => undefined).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ problem: 'bad-response', retryable: true });
    expect((error as PortalError).message).toMatch(/^Cổng trả lời/);
    await media.close();
  });

  it('lists the published archive in pages, only what changed after a given time, and the ids of all of it', async () => {
    const target = await portal();
    const stamp = (hour: number) => `2026-11-01T0${hour}:00:00.000Z`;
    for (let index = 0; index < 7; index += 1) {
      target.articles.push({ id: `bai-${100 + index}`, externalId: `x-${index}`, title: `Tin số ${index}`, lead: 'Sapo.', html: '<p>Thân bài.</p>', status: index === 3 ? 'pending' : 'publish', categories: ['Tin hoạt động'], author: 'Ban biên tập', modified: stamp(index) });
    }
    const connector = new GenericPortalConnector(target.url, target.token);
    const first = await connector.listArchive({ since: null, page: 1, perPage: 4 });
    expect(first.posts.map((post) => post.title)).toEqual(['Tin số 0', 'Tin số 1', 'Tin số 2', 'Tin số 4']);
    expect(first.more).toBe(true);
    expect(first.posts[0]).toMatchObject({ id: 'bai-100', lead: 'Sapo.', html: '<p>Thân bài.</p>', categories: ['Tin hoạt động'], author: 'Ban biên tập', thumbnailUrl: null });
    const second = await connector.listArchive({ since: null, page: 2, perPage: 4 });
    expect(second.posts.map((post) => post.title)).toEqual(['Tin số 5', 'Tin số 6']);
    expect(second.more).toBe(false);
    // Later runs ask only for what changed after the newest they saw.
    const changed = await connector.listArchive({ since: stamp(4), page: 1, perPage: 4 });
    expect(changed.posts.map((post) => post.title)).toEqual(['Tin số 5', 'Tin số 6']);
    const ids = await connector.listArchiveIds(1, 100);
    expect(ids).toEqual({ ids: ['bai-100', 'bai-101', 'bai-102', 'bai-104', 'bai-105', 'bai-106'], more: false });
    // A portal answering something else is said so.
    const garbage = await answering(200, 'application/json', '{"posts":{"not":"a list"}}');
    await expect(new GenericPortalConnector(garbage, 'x').listArchive({ since: null, page: 1, perPage: 10 })).rejects.toMatchObject({ problem: 'bad-response' });
  });

  const RUNS = Number(process.env.TOASOAN_GENERIC_FAULT_RUNS ?? 30);
  it(`${RUNS} runs of randomised faults end with one article and one copy of each photo, all published`, async () => {
    const target = await portal();
    const media = new MediaService(tempDir(), new NoticeBoard(), () => ({ longestSide: 400, quality: 70 }));
    for (let run = 0; run < RUNS; run += 1) {
      const proxy = await startFaultProxy(target.url, 7_000 + run, 0.2);
      running.push(proxy);
      const id = `bai-cong-loi-${run}`;
      const { request, photoIds } = await article(media, id, 2);
      const connector = new GenericPortalConnector(`${proxy.url}/api/toasoan/v1`, target.token, 1_000);
      let saved = fresh();
      let done = false;
      for (let attempt = 0; attempt < 60 && !done; attempt += 1) {
        if (attempt === 40) proxy.setActive(false);
        const working = structuredClone(attempt % 7 === 6 ? fresh() : saved);
        try {
          await publishArticle(connector, { ...request, status: 'publish' }, working, async (state) => {
            saved = structuredClone(state);
          });
          done = true;
        } catch (error) {
          if (!(error instanceof PortalError)) throw error;
        }
      }
      expect(done, `run ${run} finished`).toBe(true);
      expect(target.articles.filter((item) => item.externalId === postMarker(id)).map((item) => item.status), `run ${run}`).toEqual(['publish']);
      for (const photoId of photoIds) expect(target.media.filter((item) => item.externalId === `${postMarker(id)}-${photoId}`), `run ${run}`).toHaveLength(1);
    }
    await media.close();
  }, 300_000);
});

describe('the outbox with a generic portal, as the app runs it', () => {
  it('an expired token: the job stops with a clear message and is kept; with a new token it goes, once', async () => {
    const target = await portal();
    const { services, call } = await appServices();
    const head = await call<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'] });
    await call('profiles.select', { id: head.id });
    const created = await call<{ id: string; revision: number }>('articles.create', {});
    await call('articles.save', {
      id: created.id,
      baseRevision: created.revision,
      title: 'Thông báo lịch tiếp công dân tháng 12',
      lead: 'UBND tỉnh thông báo lịch tiếp công dân.',
      byline: 'PV',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung thông báo.' }] }] },
    });
    // The article has no category: the portal's default category lets it through review and onto the portal.
    await expect(call('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' })).rejects.toThrow('Chưa chọn chuyên mục.');
    const saved = await call<{ id: string; kind: string }>('portals.save', { kind: 'generic', name: 'Cổng khác', url: target.url, user: '', password: 'token-cu-da-het-han', defaultCategory: 'Thông báo' });
    await call('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' });
    await call('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });
    expect(saved.kind).toBe('generic');
    await expect(call('portals.test', { id: saved.id })).rejects.toThrow('Cổng từ chối mã truy cập (token sai hoặc đã hết hạn)');
    const job = await call<{ id: string }>('publish.start', { id: created.id, portalId: saved.id });
    await services.outbox.tick();
    let [failed] = await call<{ state: string; lastError: string }[]>('publish.jobs', { id: created.id });
    expect(failed.state).toBe('failed');
    expect(failed.lastError).toBe(
      'Cổng từ chối mã truy cập (token sai hoặc đã hết hạn). Hãy xin mã mới và nhập trong Cài đặt cổng. (đã đưa lên 0 ảnh, bài chưa lên cổng). Hãy sửa rồi bấm «Thử lại».',
    );
    expect((await call<{ status: string }>('articles.get', { id: created.id })).status).toBe('approved');
    expect(target.articles).toHaveLength(0);

    await call('portals.save', { id: saved.id, kind: 'generic', name: 'Cổng khác', url: target.url, user: '', password: target.token });
    await call('publish.retry', { jobId: job.id });
    await services.outbox.tick();
    [failed] = await call<{ state: string; lastError: string }[]>('publish.jobs', { id: created.id });
    expect(failed.state).toBe('done');
    expect(target.articles).toHaveLength(1);
    expect(target.categories.filter((category) => target.articles[0].categories.includes(category.id)).map((category) => category.name)).toEqual(['Thông báo']);
    expect((await call<{ status: string }>('articles.get', { id: created.id })).status).toBe('published');
    await services.close();
  });

  it('a title of 10,000 characters is refused at save with a message; nothing is saved, nothing goes out', async () => {
    const { services, call, signIn } = await appServices();
    await signIn();
    const created = await call<{ id: string; revision: number }>('articles.create', {});
    const title = 'Hội nghị '.repeat(1_112).slice(0, 10_000);
    const error = await call('articles.save', { id: created.id, baseRevision: created.revision, title, lead: '', byline: '', body: { type: 'doc', content: [] } }).catch((caught: Error) => caught);
    expect((error as Error).message).toBe('Tiêu đề quá dài (10.000 ký tự; tối đa 1.000). Hãy rút gọn để lưu được; phần đã viết vẫn còn trên màn hình.');
    expect((error as { code?: string }).code).toBe('INVALID_INPUT');
    const after = await call<{ title: string; revision: number }>('articles.get', { id: created.id });
    expect(after).toMatchObject({ title: '', revision: created.revision });
    await services.close();
  });
});

describe('stored publishing data from before 0.2', () => {
  it('reads portals.json v1 as WordPress portals and a job with numeric ids as text', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PortalService } = await import('../../../electron/services/publish/portal-service');
    const { jobSchema } = await import('../../../shared/publish/model');
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'portals.json'), JSON.stringify({ schemaVersion: 1, portals: [{ id: 'cong-tinh-1', name: 'Cổng tỉnh', url: 'https://tinh.gov.vn', user: 'bbt', secret: null }] }));
    const notices = new NoticeBoard();
    const service = await PortalService.open(dir, notices, { seal: (text: string) => text, open: (text: string) => text } as never);
    expect(service.list()).toEqual([{ id: 'cong-tinh-1', kind: 'wordpress', name: 'Cổng tỉnh', url: 'https://tinh.gov.vn', user: 'bbt', defaultCategory: '', sendOnSubmit: false, hasPassword: false }]);
    expect(notices.list()).toEqual([]);
    const job = jobSchema.parse({
      id: 'j1',
      articleId: 'a1',
      portalId: 'cong-tinh-1',
      targetStatus: 'publish',
      state: 'done',
      attempts: 1,
      nextAt: 0,
      lastError: null,
      requestedBy: 'X',
      createdAt: 0,
      doneAt: 0,
      progress: { photosDone: 1, photosTotal: 1, post: true },
      done: { media: { p1: { id: 17, url: 'https://tinh.gov.vn/a.jpg' } }, postId: 42, link: 'https://tinh.gov.vn/bai', modified: '2026-11-25T08:00:00' },
    });
    expect(job.done).toEqual({ media: { p1: { id: '17', url: 'https://tinh.gov.vn/a.jpg' } }, postId: '42', link: 'https://tinh.gov.vn/bai', modified: '2026-11-25T08:00:00Z' });
  });
});
