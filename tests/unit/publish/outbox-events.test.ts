import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublishJob } from '../../../shared/publish/model';
import { startHost } from '../../../electron/host/http-host';
import { appServices, tempDir } from '../helpers';

const DAY = 24 * 60 * 60 * 1000;

function job(id: string, articleId: string, state: PublishJob['state'], doneAt: number | null): PublishJob {
  return {
    id,
    articleId,
    portalId: 'cong-1',
    targetStatus: 'publish',
    state,
    attempts: 1,
    nextAt: Date.now() + 60 * DAY,
    lastError: null,
    requestedBy: 'Lê Thị Duyệt',
    createdAt: (doneAt ?? Date.now()) - 1000,
    doneAt,
    progress: { photosDone: 0, photosTotal: 0, post: true },
    done: { media: {}, postId: state === 'done' ? `p-${id}` : null, link: null },
  };
}

/** Issue 13: events, not polling; finished jobs compacted after a retention period. */
describe('the outbox and the services’ events', () => {
  it('compacts finished jobs past the retention, keeping the newest per article and portal (it knows the post)', async () => {
    const dataDir = tempDir();
    const folder = join(dataDir, 'outbox');
    mkdirSync(folder, { recursive: true });
    const now = Date.now();
    const jobs = [job('old1', 'bai-viet-aaaa', 'done', now - 40 * DAY), job('old2', 'bai-viet-aaaa', 'done', now - 35 * DAY), job('new1', 'bai-viet-aaaa', 'done', now - DAY), job('only', 'bai-viet-bbbb', 'done', now - 40 * DAY), job('wait', 'bai-viet-cccc', 'waiting', null)];
    for (const item of jobs) writeFileSync(join(folder, `${item.id}.json`), JSON.stringify(item));
    const { services } = await appServices(dataDir);
    services.start();
    await services.close();
    expect(readdirSync(folder).sort()).toEqual(['new1.json', 'only.json', 'wait.json']);
  });

  it('tells listeners of every job written, of notices and of articles saved, and serves them to a page as Server-Sent Events', async () => {
    const { services, call, signIn } = await appServices();
    await signIn();
    const heard: string[] = [];
    const stop = services.events.subscribe((name) => heard.push(name));
    const article = await call<{ id: string }>('articles.create', { title: 'Hội nghị' });
    await services.outbox.enqueue(article.id, 'cong-1', 'Trần Thị Thử');
    services.notices.add('info', 'Thử thông báo.');
    stop();
    expect(heard).toEqual(['article.changed', 'publish.job', 'app.notices']);

    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startHost({ handlers: services.handlers, sessions: services.sessions, events: services.events, staticDir, port: 0 });
    try {
      expect((await fetch(`${host.url}/api/events?token=sai`)).status).toBe(401);
      expect((await fetch(`${host.url}/api/events?token=${host.token}`, { headers: { origin: 'https://evil.example' } })).status).toBe(401);
      const response = await fetch(`${host.url}/api/events?token=${host.token}`);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      services.notices.add('warning', 'Tệp khóa bị hỏng.');
      let text = '';
      while (!text.includes('Tệp khóa bị hỏng.')) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toContain('event: app.notices\ndata: {"notices":[');
      await reader.cancel();
    } finally {
      await host.close();
      await services.close();
    }
  });

  it('begins every page’s stream with the notices as they stand, so one added while the page was connecting is not missed', async () => {
    const { services } = await appServices();
    services.notices.add('warning', 'Tệp của bài «Hội nghị» bị hỏng hoặc bị mất; đã khôi phục từ phiên bản lưu.');
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startHost({ handlers: services.handlers, sessions: services.sessions, events: services.events, notices: () => services.notices.current(), staticDir, port: 0 });
    try {
      const response = await fetch(`${host.url}/api/events?token=${host.token}`);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let text = '';
      while (!text.includes('đã khôi phục')) text += new TextDecoder().decode((await reader.read()).value);
      const first = /event: app\.notices\ndata: (.*)\n\n/.exec(text);
      expect(JSON.parse(first?.[1] ?? 'null')).toEqual({ notices: services.notices.list(), revision: services.notices.current().revision });
      await reader.cancel();
    } finally {
      await host.close();
      await services.close();
    }
  });
});
