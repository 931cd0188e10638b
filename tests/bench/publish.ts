import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MediaService } from '../../electron/services/media/media-service';
import { NoticeBoard } from '../../electron/services/notices';
import { publishArticle } from '../../electron/services/publish/publisher';
import { WordPressConnector } from '../../electron/services/publish/wordpress';
import type { Article, DocNode } from '../../shared/article/model';
import { startTestPortal } from '../portal/test-portal';
import { round } from './stats';

const PHOTOS = 20;

/** Publishing an article with 20 photos to the local WordPress, next to a bare fetch script doing the same uploads and post. */
export async function measurePublish(): Promise<Record<string, number> | { skipped: string }> {
  const portal = await startTestPortal();
  if ('reason' in portal) return { skipped: portal.reason };
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-publish-'));
  const media = new MediaService(dir, new NoticeBoard(), () => ({ longestSide: 1600, quality: 82 }));
  try {
    const auth = `Basic ${Buffer.from(`${portal.editor.user}:${portal.editor.password}`).toString('base64')}`;
    const make = async (articleId: string) => {
      const figures: DocNode[] = [];
      for (let index = 0; index < PHOTOS; index += 1) {
        const bytes = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120, sigma: 30 } } })
          .jpeg({ quality: 85 })
          .toBuffer();
        const { photo } = await media.add(articleId, `${index}.jpg`, Buffer.concat([bytes, Buffer.from(`${articleId}-${index}`)]));
        await media.update(articleId, [photo.id], { caption: `Ảnh ${index + 1}.`, credit: 'PV', alt: `Ảnh ${index + 1}` });
        figures.push({ type: 'figure', attrs: { photoId: photo.id }, content: [{ type: 'text', text: `Ảnh ${index + 1}.` }] });
      }
      return { figures, list: await media.list(articleId) };
    };

    // The bare script: the same uploads (file, caption, alt text), a category, and the post.
    const bare = await make('bai-bench-tran');
    const bareStart = performance.now();
    const uploaded: { id: number; url: string }[] = [];
    for (const photo of bare.list.photos) {
      const form = new FormData();
      form.append('file', new Blob([await readFile(media.file('bai-bench-tran', photo.id, 'web'))], { type: 'image/jpeg' }), `${photo.id}.jpg`);
      form.append('caption', photo.caption);
      form.append('alt_text', photo.alt);
      const response = await fetch(`${portal.url}/wp-json/wp/v2/media`, { method: 'POST', headers: { authorization: auth }, body: form });
      const body = (await response.json()) as { id: number; source_url: string };
      uploaded.push({ id: body.id, url: body.source_url });
    }
    const category = (await (
      await fetch(`${portal.url}/wp-json/wp/v2/categories`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Bench' }) })
    ).json()) as { id: number };
    const content = uploaded.map((item) => `<figure><img src="${item.url}"/><figcaption>Ảnh</figcaption></figure>`).join('');
    await fetch(`${portal.url}/wp-json/wp/v2/posts`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bài trần', content, excerpt: 'Sapo', status: 'publish', categories: [category.id], featured_media: uploaded[0].id }),
    });
    const bareMs = performance.now() - bareStart;

    const ours = await make('bai-bench-toa-soan');
    const article: Article = {
      id: 'bai-bench-toa-soan',
      title: 'Bài có 20 ảnh',
      lead: 'Sapo',
      body: { type: 'doc', content: ours.figures },
      byline: 'PV',
      author: 'PV',
      status: 'approved',
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      revision: 1,
      categories: ['Tin hoạt động'],
    };
    const start = performance.now();
    await publishArticle(
      new WordPressConnector({ url: portal.url, ...portal.editor }),
      { article, photos: ours.list.photos, coverId: ours.list.coverId, status: 'publish', webCopy: (id) => readFile(media.file(article.id, id, 'web')), firstAttempt: true },
      { media: {}, postId: null, link: null },
      async () => undefined,
    );
    const oursMs = performance.now() - start;
    return { photos: PHOTOS, bareFetchS: round(bareMs / 1000), toaSoanS: round(oursMs / 1000), ratio: round(oursMs / bareMs) };
  } finally {
    await media.close();
    portal.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
