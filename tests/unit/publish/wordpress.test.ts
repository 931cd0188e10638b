import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { MediaService } from '../../../electron/services/media/media-service';
import { NoticeBoard } from '../../../electron/services/notices';
import { mediaMarker, postMarker, publishArticle, type PublishState } from '../../../electron/services/publish/publisher';
import { PortalError, WordPressConnector } from '../../../electron/services/publish/wordpress';
import type { Article, DocNode } from '../../../shared/article/model';
import { appServices, tempDir } from '../helpers';
import { startTestPortal, type TestPortal } from '../../portal/test-portal';

let portal: TestPortal | null = null;
let reason = '';

beforeAll(async () => {
  const started = await startTestPortal();
  if ('reason' in started) {
    reason = started.reason;
    console.log(`[wordpress] publishing tests SKIPPED: ${reason}`);
  } else portal = started;
}, 150_000);

afterAll(() => portal?.stop());

function editor(): WordPressConnector {
  const running = portal as TestPortal;
  return new WordPressConnector({ url: running.url, ...running.editor }, 30_000);
}

async function article(media: MediaService, id: string): Promise<{ article: Article; photos: Awaited<ReturnType<MediaService['list']>> }> {
  const figures: DocNode[] = [];
  const captions = ['Toàn cảnh Hội nghị.', 'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị.', 'Các đại biểu dự Hội nghị.'];
  for (const [index, caption] of captions.entries()) {
    const bytes = await sharp({ create: { width: 900, height: 600, channels: 3, background: ['#aa3333', '#33aa33', '#3333aa'][index] } }).jpeg().toBuffer();
    const { photo } = await media.add(id, `anh-${index}.jpg`, bytes);
    await media.update(id, [photo.id], { caption, credit: 'Ngô Giang Sơn', alt: `Ảnh ${index + 1} của Hội nghị` });
    figures.push({ type: 'figure', attrs: { photoId: photo.id, articleId: id }, content: [{ type: 'text', text: caption }] });
  }
  const body: DocNode = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Đồng chí Nguyễn Hương Giang chủ trì Hội nghị.' }] },
      figures[0],
      { type: 'paragraph', content: [{ type: 'text', text: 'Tại Hội nghị, các đại biểu thảo luận.' }] },
      figures[1],
      figures[2],
    ],
  };
  const now = Date.now();
  return {
    article: {
      id,
      title: 'Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026',
      lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết.',
      body,
      byline: 'Ngô Giang Sơn',
      author: 'Ngô Giang Sơn',
      status: 'approved',
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      revision: 3,
      categories: ['Tin hoạt động'],
      tags: ['Quy chế phối hợp', 'UBND tỉnh'],
    },
    photos: await media.list(id),
  };
}

async function rest<T>(path: string): Promise<T> {
  const running = portal as TestPortal;
  const response = await fetch(`${running.url}/wp-json/wp/v2${path}`, {
    headers: { authorization: `Basic ${Buffer.from(`${running.editor.user}:${running.editor.password}`).toString('base64')}` },
  });
  return (await response.json()) as T;
}

describe('the WordPress connector against a real WordPress', () => {
  it('tells in Vietnamese what is wrong with a connection', async (context) => {
    if (!portal) context.skip(reason);
    const running = portal as TestPortal;
    expect(await editor().testConnection()).toMatchObject({ userName: 'editor1', canPublish: true, canUpload: true });
    expect(await new WordPressConnector({ url: running.url, ...running.contributor }).testConnection()).toMatchObject({ canPublish: false });
    await expect(new WordPressConnector({ url: running.url, user: 'editor1', password: 'wrong wrong wrong wrong' }).testConnection()).rejects.toMatchObject({
      problem: 'credentials',
      retryable: false,
    });
    await expect(new WordPressConnector({ url: 'http://127.0.0.1:9', user: 'x', password: 'y' }, 3_000).testConnection()).rejects.toMatchObject({
      problem: 'unreachable',
      retryable: true,
    });
    await expect(new WordPressConnector({ url: `${running.url}/wp-admin/images/`, user: 'x', password: 'y' }).testConnection()).rejects.toBeInstanceOf(PortalError);
  });

  it('publishes an article with three captioned photos: figures, featured image, media captions and alt text, categories', async (context) => {
    if (!portal) context.skip(reason);
    const media = new MediaService(tempDir(), new NoticeBoard(), () => ({ longestSide: 1600, quality: 82 }));
    const { article: draft, photos } = await article(media, 'bai-dang-that-1');
    const state: PublishState = { media: {}, postId: null, link: null };
    const result = await publishArticle(
      editor(),
      { article: draft, photos: photos.photos, coverId: photos.coverId, status: 'publish', webCopy: (id) => readFile(media.file(draft.id, id, 'web')) },
      state,
      async () => undefined,
    );
    const post = await rest<{ status: string; excerpt: { rendered: string }; content: { rendered: string }; featured_media: number; categories: number[]; tags: number[]; link: string }>(
      `/posts/${result.postId}?context=edit`,
    );
    expect(post.status).toBe('publish');
    expect(post.excerpt.rendered).toContain('Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết.');
    expect(post.content.rendered.match(/<figure class="wp-block-image/g)).toHaveLength(3);
    expect(post.content.rendered).toContain('<figcaption class="wp-element-caption">Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị.');
    expect(String(post.featured_media)).toBe(result.media[photos.coverId as string].id);
    const categories = await rest<{ id: number; name: string }[]>('/categories?per_page=100');
    expect(categories.find((category) => category.id === post.categories[0])?.name).toBe('Tin hoạt động');
    const tags = await rest<{ id: number; name: string }[]>(`/tags?include=${post.tags.join(',')}`);
    expect(tags.map((tag) => tag.name).sort()).toEqual(['Quy chế phối hợp', 'UBND tỉnh']);
    const uploaded = await rest<{ caption: { raw: string }; alt_text: string }>(`/media/${result.media[photos.photos[1].id].id}?context=edit`);
    expect(uploaded.caption.raw).toBe('Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị. (Ảnh: Ngô Giang Sơn)');
    expect(uploaded.alt_text).toBe('Ảnh 2 của Hội nghị');
    expect(result.link).toMatch(/hoi-nghi-so-ket-quy-che-phoi-hop-nhiem-ky-2021-2026/);
    await media.close();
  });

  it('never makes a second post or a second copy of a photo when an interrupted attempt is retried', async (context) => {
    if (!portal) context.skip(reason);
    const media = new MediaService(tempDir(), new NoticeBoard(), () => ({ longestSide: 1600, quality: 82 }));
    const { article: draft, photos } = await article(media, 'bai-dang-lai-2');
    const request = { article: draft, photos: photos.photos, coverId: photos.coverId, status: 'publish' as const, webCopy: (id: string) => readFile(media.file(draft.id, id, 'web')) };
    // The first attempt dies after two uploads, before it could record them: the retry starts from nothing.
    let saves = 0;
    await expect(
      publishArticle(editor(), request, { media: {}, postId: null, link: null }, async () => {
        saves += 1;
        if (saves === 2) throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    const first = await publishArticle(editor(), request, { media: {}, postId: null, link: null }, async () => undefined);
    // And once more from nothing, after it went through.
    const again = await publishArticle(editor(), { ...request, article: { ...draft, title: `${draft.title} (cập nhật)` } }, { media: {}, postId: null, link: null }, async () => undefined);
    expect(again.postId).toBe(first.postId);
    const posts = await rest<{ id: number }[]>(`/posts?search=${postMarker(draft.id)}&status=any&context=edit`);
    expect(posts).toHaveLength(1);
    for (const photo of photos.photos) {
      const copies = await rest<{ id: number }[]>(`/media?search=${mediaMarker(draft.id, photo.id)}&context=edit`);
      expect(copies, photo.fileName).toHaveLength(1);
    }
    const post = await rest<{ title: { raw: string } }>(`/posts/${first.postId}?context=edit`);
    expect(post.title.raw).toBe(`${draft.title} (cập nhật)`);
    await media.close();
  });
});

describe('the portal archive from WordPress', () => {
  it('lists published posts in pages by id with their categories, only what changed after a time, the ids of all, and a featured photo to fetch', async (context) => {
    if (!portal) context.skip(reason);
    const connector = editor();
    const category = await connector.ensureCategory('Tin hoạt động');
    const run = Date.now().toString(36);
    const made: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const post = await connector.savePost(null, {
        marker: `toasoan-kho-${run}-${index}`,
        title: `Kho ${run} số ${index}`,
        lead: `Sapo số ${index}.`,
        html: `<p>Thân bài số ${index}.</p>`,
        status: index === 2 ? 'pending' : 'publish',
        categories: [category],
        tags: [],
      });
      made.push(post.id);
    }
    const ours = async (since: string | null) => {
      const found = [];
      for (let page = 1; ; page += 1) {
        const listed = await connector.listArchive({ since, page, perPage: 3 });
        found.push(...listed.posts.filter((post) => post.title.startsWith(`Kho ${run}`)));
        if (!listed.more) break;
      }
      return found;
    };
    const all = await ours(null);
    // Published only, in id order, with the category by name and the lead.
    expect(all.map((post) => post.title)).toEqual([0, 1, 3, 4].map((index) => `Kho ${run} số ${index}`));
    expect(all[0]).toMatchObject({ id: made[0], lead: `Sapo số 0.`, categories: ['Tin hoạt động'], thumbnailUrl: null });
    expect(all[0].html).toContain('Thân bài số 0.');
    expect(all[0].published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    // A later run asks only for what changed after the newest it saw.
    const newest = all.map((post) => post.modified).sort().at(-1) as string;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await connector.savePost(made[1], { marker: `toasoan-kho-${run}-1`, title: `Kho ${run} số 1 (sửa)`, lead: '', html: '<p>Sửa.</p>', status: 'publish', categories: [category], tags: [] });
    expect((await ours(newest)).map((post) => post.title)).toEqual([`Kho ${run} số 1 (sửa)`]);
    // The ids of everything published: ours among them, the pending one not.
    const ids: string[] = [];
    for (let page = 1; ; page += 1) {
      const listed = await connector.listArchiveIds(page, 100);
      ids.push(...listed.ids);
      if (!listed.more) break;
    }
    expect(ids).toEqual(expect.arrayContaining([made[0], made[1], made[3], made[4]]));
    // A featured photo: the listing gives its small size at the portal's own address, and it can be fetched.
    const sharp = (await import('sharp')).default;
    const bytes = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a6f4e' } }).jpeg().toBuffer();
    const photo = await connector.uploadMedia({ bytes: new Uint8Array(bytes), fileName: `kho-${run}.jpg`, caption: 'Ảnh đại diện', alt: 'Ảnh', marker: `toasoan-kho-anh-${run}` });
    await connector.savePost(made[3], { marker: `toasoan-kho-${run}-3`, title: `Kho ${run} số 3`, lead: '', html: '<p>Có ảnh.</p>', status: 'publish', categories: [category], tags: [], featuredMediaId: photo.id });
    const withPhoto = (await ours(null)).find((post) => post.id === made[3]);
    expect(withPhoto?.thumbnailUrl).toMatch(new RegExp(`^${portal?.url.replace(/\/$/, '')}.*\\.jpe?g$`));
    const thumb = await sharp(await connector.download(withPhoto?.thumbnailUrl ?? '')).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBeLessThan(1200);
    expect(ids).not.toContain(made[2]);
  });
});

describe('the outbox, with the services as the app runs them', () => {
  it('keeps a job while the portal cannot be reached, then publishes it once, and the trail keeps the link', async (context) => {
    if (!portal) context.skip(reason);
    const running = portal as TestPortal;
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dataDir = tempDir();
    const { services, call } = await appServices(dataDir);
    const head = await call<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'] });
    await call('profiles.select', { id: head.id });
    const created = await call<{ id: string; revision: number }>('articles.create', {});
    const bytes = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#225588' } }).jpeg().toBuffer();
    const { photo } = await services.media.add(created.id, 'toan-canh.jpg', bytes);
    await services.media.update(created.id, [photo.id], { caption: 'Toàn cảnh Hội nghị.', credit: 'PV', alt: 'Hội trường đông đại biểu' });
    await call('articles.save', {
      id: created.id,
      baseRevision: created.revision,
      title: 'Kỳ họp thứ 20 HĐND tỉnh bế mạc',
      lead: 'Chiều 3/6, Kỳ họp thứ 20 HĐND tỉnh bế mạc.',
      byline: 'PV',
      categories: ['Hội đồng nhân dân'],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Kỳ họp đã thông qua 15 nghị quyết.' }] },
          { type: 'figure', attrs: { photoId: photo.id, articleId: created.id }, content: [{ type: 'text', text: 'Toàn cảnh Hội nghị.' }] },
        ],
      },
    });
    await call('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' });
    await call('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });

    // Offline: the portal's address does not answer.
    const saved = await call<{ id: string; hasPassword: boolean }>('portals.save', { name: 'Cổng tỉnh', url: 'http://127.0.0.1:9', user: running.editor.user, password: running.editor.password });
    expect(saved.hasPassword).toBe(true);
    expect(readFileSync(join(dataDir, 'portals.json'), 'utf8')).not.toContain(running.editor.password);
    const job = await call<{ id: string }>('publish.start', { id: created.id, portalId: saved.id });
    await services.outbox.tick();
    let [waiting] = await call<{ state: string; lastError: string }[]>('publish.jobs', { id: created.id });
    expect(waiting.state).toBe('waiting');
    expect(waiting.lastError).toMatch(/^Không kết nối được tới cổng .*bài chưa lên cổng\)\. Sẽ thử lại lúc \d{2}:\d{2}\.$/);
    expect((await call<{ status: string }>('articles.get', { id: created.id })).status).toBe('approved');

    // Pressing publish again does not make a second job.
    await call('publish.start', { id: created.id, portalId: saved.id });
    expect(await call<unknown[]>('publish.jobs', { id: created.id })).toHaveLength(1);

    // The network is back (the right address), the job goes by itself.
    // Another address (another origin): the application password must be typed again, it never follows by itself.
    await call('portals.save', { id: saved.id, name: 'Cổng tỉnh', url: running.url, user: running.editor.user, password: running.editor.password });
    await call('publish.retry', { jobId: job.id });
    await services.outbox.tick();
    [waiting] = await call<{ state: string; lastError: string }[]>('publish.jobs', { id: created.id });
    expect(waiting.state).toBe('done');
    const published = await call<{ status: string }>('articles.get', { id: created.id });
    expect(published.status).toBe('published');
    const trail = await call<{ action: string; note: string }[]>('workflow.trail', { id: created.id });
    expect(trail.at(-1)?.action).toBe('publish');
    expect(trail.at(-1)?.note).toMatch(/^Đã đăng lên cổng — bài số \d+ trên cổng: http:\/\/127\.0\.0\.1:\d+\/ky-hop-thu-20-hdnd-tinh-be-mac\/$/);
    expect(await rest<unknown[]>(`/posts?search=${postMarker(created.id)}&status=any&context=edit`)).toHaveLength(1);

    // A colleague changes the post on the portal; our edited article goes out again: no silent overwrite.
    const postId = Number(/bài số (\d+)/.exec(trail.at(-1)?.note ?? '')?.[1]);
    // No pause: WordPress counts `modified` in seconds, so an edit within the same second is told by the text itself.
    await fetch(`${running.url}/wp-json/wp/v2/posts/${postId}`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${running.editor.user}:${running.editor.password}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'Tiêu đề do người khác sửa trên cổng' }),
    });
    const latest = await call<{ revision: number }>('articles.get', { id: created.id });
    await call('articles.save', { id: created.id, baseRevision: latest.revision, title: 'Kỳ họp thứ 20 HĐND tỉnh bế mạc thành công', lead: 'Chiều 3/6, Kỳ họp thứ 20 HĐND tỉnh bế mạc.', byline: 'PV', categories: ['Hội đồng nhân dân'], body: (await call<{ body: unknown }>('articles.get', { id: created.id })).body });
    await call('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });
    const second = await call<{ id: string }>('publish.start', { id: created.id, portalId: saved.id });
    await services.outbox.tick();
    let [conflicted] = await call<{ id: string; state: string; conflict?: boolean; lastError: string }[]>('publish.jobs', { id: created.id });
    expect(conflicted).toMatchObject({ id: second.id, state: 'failed', conflict: true });
    expect(conflicted.lastError).toMatch(/^Bài trên cổng đã được sửa sau lần đăng trước/);
    expect((await rest<{ title: { raw: string } }>(`/posts/${postId}?context=edit`)).title.raw).toBe('Tiêu đề do người khác sửa trên cổng');
    await call('publish.retry', { jobId: second.id, overwrite: true });
    await services.outbox.tick();
    [conflicted] = await call<{ id: string; state: string; lastError: string }[]>('publish.jobs', { id: created.id });
    expect(conflicted.state).toBe('done');
    expect((await rest<{ title: { raw: string } }>(`/posts/${postId}?context=edit`)).title.raw).toBe('Kỳ họp thứ 20 HĐND tỉnh bế mạc thành công');
    expect(await rest<unknown[]>(`/posts?search=${postMarker(created.id)}&status=any&context=edit`)).toHaveLength(1);
    await services.close();
  });
});

describe('scheduling', () => {
  it('sends a scheduled post that the portal publishes at the chosen time', async (context) => {
    if (!portal) context.skip(reason);
    const running = portal as TestPortal;
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
      categories: ['Chỉ đạo điều hành'],
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung thông báo.' }] }] },
    });
    await call('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' });
    await call('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });
    const saved = await call<{ id: string }>('portals.save', { name: 'Cổng tỉnh', url: running.url, user: running.editor.user, password: running.editor.password });
    await expect(call('publish.start', { id: created.id, portalId: saved.id, at: Date.now() - 60_000 })).rejects.toThrow('Giờ đăng đã qua');
    const at = Date.UTC(2031, 0, 2, 1, 30);
    await call('publish.start', { id: created.id, portalId: saved.id, at });
    await services.outbox.tick();
    const [job] = await call<{ state: string; done: { postId: number } }[]>('publish.jobs', { id: created.id });
    expect(job.state).toBe('done');
    expect((await call<{ status: string }>('articles.get', { id: created.id })).status).toBe('scheduled');
    const post = await rest<{ status: string; date_gmt: string }>(`/posts/${job.done.postId}?context=edit`);
    expect(post).toMatchObject({ status: 'future', date_gmt: '2031-01-02T01:30:00' });
    await services.close();
  });
});

describe('team work through the portal', () => {
  it("a reporter's workstation sends for review as pending; an editor's workstation pulls it with its photos and publishes that same post", async (context) => {
    if (!portal) context.skip(reason);
    const running = portal as TestPortal;

    // The portal's categories exist already (a reporter's account may not create them).
    await editor().ensureCategory('Tin hoạt động');
    await editor().tagIds(['Quy chế phối hợp']);
    // The reporter's workstation, with its own data folder and the reporter's account on the portal.
    const reporter = await appServices(tempDir());
    // The portal is set up by an editor of the office (portal settings are an editor's), then the reporter works.
    await reporter.signIn('Lê Thị Duyệt', ['editor', 'approver']);
    await reporter.call('portals.save', { name: 'Cổng tỉnh', url: running.url, user: running.author.user, password: running.author.password, sendOnSubmit: true });
    const writer = await reporter.call<{ id: string }>('profiles.save', { name: 'Ngô Giang Sơn', roles: ['reporter', 'photographer'] });
    await reporter.call('profiles.select', { id: writer.id });
    const created = await reporter.call<{ id: string; revision: number }>('articles.create', {});
    const captions = ['Toàn cảnh Hội nghị.', 'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị.'];
    const figures: DocNode[] = [];
    const photoIds: string[] = [];
    for (const [index, caption] of captions.entries()) {
      const bytes = await sharp({ create: { width: 640, height: 420, channels: 3, background: ['#884422', '#228844'][index] } }).jpeg().toBuffer();
      const { photo } = await reporter.services.media.add(created.id, `hoi-nghi-${index}.jpg`, bytes);
      await reporter.services.media.update(created.id, [photo.id], { caption, credit: 'Ngô Giang Sơn', alt: `Ảnh ${index + 1} của Hội nghị` });
      figures.push({ type: 'figure', attrs: { photoId: photo.id, articleId: created.id }, content: [{ type: 'text', text: caption }] });
      photoIds.push(photo.id);
    }
    const title = 'Hội nghị sơ kết Quy chế phối hợp giữa các cơ quan';
    await reporter.call('articles.save', {
      id: created.id,
      baseRevision: created.revision,
      title,
      lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết.',
      byline: 'Ngô Giang Sơn',
      categories: ['Tin hoạt động'],
      tags: ['Quy chế phối hợp'],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Đồng chí ' }, { type: 'text', text: 'Nguyễn Hương Giang', marks: [{ type: 'bold' }] }, { type: 'text', text: ' chủ trì Hội nghị.' }] },
          figures[0],
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết quả nổi bật' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thu ngân sách đạt 105% kế hoạch.' }] }] }] },
          figures[1],
        ],
      },
    });
    await reporter.call('workflow.transition', { id: created.id, action: 'submit', expected: 'draft', note: '' });
    await reporter.services.outbox.tick();
    const [sent] = await reporter.call<{ state: string; targetStatus: string; lastError: string | null }[]>('publish.jobs', { id: created.id });
    expect(sent, sent.lastError ?? '').toMatchObject({ state: 'done', targetStatus: 'pending' });
    let posts = await rest<{ id: number; status: string }[]>(`/posts?search=${postMarker(created.id)}&status=any&context=edit`);
    expect(posts.map((post) => post.status)).toEqual(['pending']);

    // The editor's workstation: another data folder, the editor's account, the same portal.
    const desk = await appServices(tempDir());
    const head = await desk.call<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'] });
    await desk.call('profiles.select', { id: head.id });
    const portalAtDesk = await desk.call<{ id: string }>('portals.save', { name: 'Cổng tỉnh', url: running.url, user: running.editor.user, password: running.editor.password });
    const waiting = await desk.call<{ postId: string; title: string; author: string; articleId: string; here: boolean }[]>('portals.pending', { id: portalAtDesk.id });
    const mine = waiting.find((item) => item.articleId === created.id);
    expect(mine).toMatchObject({ postId: String(posts[0].id), title, here: false, author: 'Ngô Giang Sơn' });
    const pulled = await desk.call<Article>('portals.pull', { id: portalAtDesk.id, postId: mine?.postId });
    expect(pulled).toMatchObject({ id: created.id, title, lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết.', byline: 'Ngô Giang Sơn', status: 'submitted', categories: ['Tin hoạt động'], tags: ['Quy chế phối hợp'] });
    const original = await reporter.call<Article>('articles.get', { id: created.id });
    // The body comes back as the reporter wrote it: marks, heading, list, and the figures with their captions.
    // (Attributes left at their default, and the figure's copy of the photo's credit and alt text, aside.)
    const plain = (node: DocNode): DocNode => {
      const attrs = Object.entries(node.attrs ?? {}).filter(([key, value]) => value !== null && (node.type !== 'figure' || key === 'photoId' || key === 'articleId'));
      return { ...node, attrs: attrs.length ? Object.fromEntries(attrs) : undefined, content: node.content?.map(plain) };
    };
    expect(plain(pulled.body)).toEqual(plain(original.body));
    const photos = await desk.call<{ photos: { id: string; caption: string; credit: string; alt: string }[]; coverId: string }>('photos.list', { articleId: created.id });
    expect(photos.photos.map((photo) => [photo.id, photo.caption, photo.credit, photo.alt])).toEqual(
      photoIds.map((id, index) => [id, captions[index], 'Ngô Giang Sơn', `Ảnh ${index + 1} của Hội nghị`]),
    );
    expect(photos.coverId).toBe(photoIds[0]);
    expect((await desk.call<{ here: boolean; articleId: string }[]>('portals.pending', { id: portalAtDesk.id })).find((item) => item.articleId === created.id)?.here).toBe(true);

    // The editor approves and publishes: the same post goes live, no second post, no second copy of a photo.
    await desk.call('workflow.transition', { id: created.id, action: 'approve', expected: 'submitted', note: '' });
    await desk.call('publish.start', { id: created.id, portalId: portalAtDesk.id });
    await desk.services.outbox.tick();
    const [published] = await desk.call<{ state: string; lastError: string | null; done: { postId: string } }[]>('publish.jobs', { id: created.id });
    expect(published.state, published.lastError ?? '').toBe('done');
    expect(published.done.postId).toBe(String(posts[0].id));
    posts = await rest<{ id: number; status: string }[]>(`/posts?search=${postMarker(created.id)}&status=any&context=edit`);
    expect(posts.map((post) => post.status)).toEqual(['publish']);
    for (const id of photoIds) expect(await rest<unknown[]>(`/media?search=${mediaMarker(created.id, id)}&context=edit`), id).toHaveLength(1);
    await reporter.services.close();
    await desk.services.close();
  });
});
