import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { appServices } from '../helpers';

/** An article with two captioned photos, a saved version and a trail. */
async function reporterArticle(call: Awaited<ReturnType<typeof appServices>>['call']): Promise<{ id: string; photoIds: string[] }> {
  const created = await call<{ id: string; revision: number }>('articles.create', {});
  const photoIds: string[] = [];
  for (const [index, color] of ['#883322', '#223388'].entries()) {
    const bytes = await sharp({ create: { width: 640, height: 400, channels: 3, background: color } }).jpeg().toBuffer();
    const { photo } = await call<{ photo: { id: string } }>('photos.add', { articleId: created.id, fileName: `ảnh ${index + 1}.jpg`, bytes });
    await call('photos.update', { articleId: created.id, photoIds: [photo.id], edit: { caption: `Ảnh ${index + 1} của Hội nghị.`, credit: 'Ngô Giang Sơn', alt: `Ảnh ${index + 1}` } });
    photoIds.push(photo.id);
  }
  await call('articles.save', {
    id: created.id,
    baseRevision: created.revision,
    title: 'Tiếp xúc cử tri trước Kỳ họp thứ 20',
    lead: 'Sáng 2/12, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri.',
    byline: 'Ngô Giang Sơn',
    categories: ['Hội đồng nhân dân'],
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Cử tri kiến nghị nhiều vấn đề.' }] },
        { type: 'figure', attrs: { photoId: photoIds[0], articleId: created.id }, content: [{ type: 'text', text: 'Ảnh 1 của Hội nghị.' }] },
      ],
    },
  });
  await call('versions.create', { id: created.id });
  return { id: created.id, photoIds };
}

function pack(files: Record<string, Uint8Array>, manifestOverride?: (manifest: Record<string, unknown>) => void): Uint8Array {
  const manifest: Record<string, unknown> = {
    format: 'toasoan-goi-bai',
    version: 1,
    exportedAt: Date.now(),
    appVersion: 'test',
    articleId: 'x',
    title: 'x',
    files: Object.entries(files).map(([path, bytes]) => ({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length })),
  };
  manifestOverride?.(manifest);
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)), ...files });
}

describe('article packages', () => {
  it('hands an article over: same ids, photos with captions and files, versions, trail; a second import updates instead of duplicating', async () => {
    const field = await appServices();
    await field.signIn();
    const { id, photoIds } = await reporterArticle(field.call);
    const exported = await field.call<{ fileName: string; base64: string }>('package.export', { id, versions: true });
    expect(exported.fileName).toBe('tiep-xuc-cu-tri-truoc-ky-hop-thu-20.toasoan');
    const entries = Object.keys(unzipSync(Buffer.from(exported.base64, 'base64')));
    expect(entries).toEqual(expect.arrayContaining(['manifest.json', 'article.json', 'trail.json', 'photos.json', `photos/${photoIds[0]}/original.jpg`, `photos/${photoIds[1]}/web.jpg`]));
    expect(entries.some((entry) => entry.startsWith('versions/'))).toBe(true);

    const office = await appServices();
    await office.signIn();
    const first = await office.call<{ articleId: string; updated: boolean; photos: number; versions: number }>('package.import', { fileName: exported.fileName, base64: exported.base64 });
    expect(first).toMatchObject({ articleId: id, updated: false, photos: 2 });
    expect(first.versions).toBeGreaterThan(0);
    const article = await office.call<{ title: string; body: unknown; byline: string }>('articles.get', { id });
    expect(article).toMatchObject({ title: 'Tiếp xúc cử tri trước Kỳ họp thứ 20', byline: 'Ngô Giang Sơn' });
    const photos = await office.call<{ photos: { id: string; caption: string; credit: string }[] }>('photos.list', { articleId: id });
    expect(photos.photos.map((photo) => [photo.id, photo.caption, photo.credit])).toEqual(photoIds.map((photoId, index) => [photoId, `Ảnh ${index + 1} của Hội nghị.`, 'Ngô Giang Sơn']));
    expect(existsSync(join(office.dataDir, 'media', id, photoIds[0], 'original.jpg'))).toBe(true);
    expect((await office.call<{ total: number }>('articles.list', {})).total).toBe(1);

    // The reporter edits and sends again: the office's copy is updated, what it had kept as a version.
    const current = await field.call<{ revision: number; body: unknown }>('articles.get', { id });
    await field.call('articles.save', { id, baseRevision: current.revision, title: 'Tiếp xúc cử tri trước Kỳ họp thứ 20 HĐND tỉnh', lead: 'Sáng 2/12, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri.', byline: 'Ngô Giang Sơn', body: current.body });
    const again = await field.call<{ fileName: string; base64: string }>('package.export', { id, versions: false });
    const second = await office.call<{ updated: boolean }>('package.import', { fileName: again.fileName, base64: again.base64 });
    expect(second.updated).toBe(true);
    expect((await office.call<{ total: number }>('articles.list', {})).total).toBe(1);
    expect((await office.call<{ title: string }>('articles.get', { id })).title).toBe('Tiếp xúc cử tri trước Kỳ họp thứ 20 HĐND tỉnh');
    const versions = await office.call<{ reason: string; title: string }[]>('versions.list', { id });
    expect(versions.find((version) => version.reason === 'before-package')?.title).toBe('Tiếp xúc cử tri trước Kỳ họp thứ 20');
    const trail = await office.call<{ action: string; note: string }[]>('workflow.trail', { id });
    expect(trail.filter((entry) => entry.action === 'package')).toHaveLength(2);
    expect(trail.at(-1)?.note).toMatch(/^Nhận từ gói «tiep-xuc-cu-tri-truoc-ky-hop-thu-20-hdnd-tinh\.toasoan» \(xuất lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, 2 ảnh\)\.$/);
    await field.services.close();
    await office.services.close();
  });

  it('keeps a carried version with the author the article has here, whatever the package says of it', async () => {
    const field = await appServices();
    await field.signIn('Ngô Giang Sơn');
    const { id } = await reporterArticle(field.call);
    const files = unzipSync(Buffer.from((await field.call<{ base64: string }>('package.export', { id, versions: true })).base64, 'base64'));
    delete files['manifest.json'];
    const versionPath = Object.keys(files).find((path) => path.startsWith('versions/')) as string;
    files[versionPath] = strToU8(JSON.stringify({ ...JSON.parse(strFromU8(files[versionPath])), author: 'Người khác' }));
    const office = await appServices();
    await office.signIn();
    await office.call('package.import', { fileName: 'goi.toasoan', base64: Buffer.from(pack(files, (manifest) => Object.assign(manifest, { articleId: id, title: 'Tiếp xúc cử tri' }))).toString('base64') });
    const [kept] = await office.call<{ id: string }[]>('versions.list', { id });
    expect((await office.call<{ author?: string }>('versions.get', { id, versionId: kept.id })).author).toBe('Ngô Giang Sơn');
    expect((await office.call<{ author: string }>('articles.get', { id })).author).toBe('Ngô Giang Sơn');
    await field.services.close();
    await office.services.close();
  });

  it('refuses a package with a path that climbs out, a wrong hash, a file not listed, or 200 MB and more: nothing written', async () => {
    const field = await appServices();
    await field.signIn();
    const { id } = await reporterArticle(field.call);
    const good = unzipSync(Buffer.from((await field.call<{ base64: string }>('package.export', { id, versions: false })).base64, 'base64'));
    const files = Object.fromEntries(Object.entries(good).filter(([path]) => path !== 'manifest.json'));
    const office = await appServices();
    await office.signIn();
    const attempt = (fileName: string, bytes: Uint8Array) => office.call('package.import', { fileName, base64: Buffer.from(bytes).toString('base64') }).catch((error: Error) => error.message);

    const slip = pack({ ...files, '../../../etc/toasoan-owned.txt': strToU8('x') }, (manifest) => Object.assign(manifest, { articleId: id }));
    expect(await attempt('doc-hai.toasoan', slip)).toBe('«doc-hai.toasoan» có đường dẫn không an toàn («../../../etc/toasoan-owned.txt»), nên không nhập gì.');
    const absolute = pack({ ...files, '/tmp/owned.txt': strToU8('x') });
    expect(await attempt('tuyet-doi.toasoan', absolute)).toMatch(/có đường dẫn không an toàn \(«\/tmp\/owned\.txt»\)/);
    const tampered = pack(files, (manifest) => Object.assign(manifest, { articleId: id }));
    const unzipped = unzipSync(tampered);
    unzipped['article.json'] = strToU8(new TextDecoder().decode(unzipped['article.json']).replace('Tiếp xúc', 'Tiếp xúc (đã bị sửa)'));
    expect(await attempt('bi-sua.toasoan', zipSync(unzipped))).toBe('Tệp «article.json» trong «bi-sua.toasoan» không khớp mã băm (bị hỏng hoặc bị sửa), nên không nhập gì.');
    const extra = zipSync({ ...unzipSync(tampered), 'article.json': files['article.json'], 'them.txt': strToU8('x') });
    expect(await attempt('thua.toasoan', extra)).toBe('«thua.toasoan» có tệp «them.txt» không nằm trong bảng kê, nên không nhập gì.');
    const huge = new Uint8Array(200 * 1024 * 1024 + 1);
    huge.set([0x50, 0x4b]);
    expect(await attempt('qua-lon.toasoan', huge)).toBe('«qua-lon.toasoan» quá lớn (200,0 MB, vượt giới hạn 200 MB). Hãy xuất lại gói không kèm phiên bản, hoặc chia ảnh ra.');
    expect(await attempt('khong-phai.toasoan', strToU8('xin chào'))).toBe('«khong-phai.toasoan» không phải gói bài của Tòa soạn (.toasoan).');

    expect((await office.call<{ total: number }>('articles.list', {})).total).toBe(0);
    expect(existsSync(join(office.dataDir, 'media')) ? readdirSync(join(office.dataDir, 'media')) : []).toEqual([]);
    await field.services.close();
    await office.services.close();
  }, 60_000);
});
