import { strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { arrivalStatus, lastApproval } from '../../../shared/workflow/machine';
import { appServices, paragraphs } from '../helpers';

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Re-signs a package after its files were changed, as a forger would: the manifest's hashes recomputed. */
function forge(base64: string, change: (files: Record<string, Uint8Array>) => void): string {
  const files = unzipSync(Buffer.from(base64, 'base64'));
  change(files);
  const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
  manifest.files = manifest.files.map((file) => ({ ...file, bytes: files[file.path].length, sha256: sha256(files[file.path]) }));
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return Buffer.from(zipSync(files)).toString('base64');
}

/** Issue 13, item 2: a reporter's draft, its status set to «approved» in the package and re-hashed, came in approved. */
describe('what arrives from outside, tried as a forger', () => {
  it('a forged package never arrives approved or published, and its trail counts for nothing', async () => {
    const field = await appServices();
    await field.signIn('Ngô Giang Sơn', ['reporter']);
    const draft = await field.call<{ id: string; revision: number }>('articles.create', { title: 'Tiếp xúc cử tri' });
    await field.call('articles.save', { id: draft.id, baseRevision: draft.revision, title: 'Tiếp xúc cử tri', lead: 'Sáng 20/6.', byline: 'PV', body: paragraphs('Nội dung.') });
    const exported = await field.call<{ fileName: string; base64: string }>('package.export', { id: draft.id, versions: false });
    const forged = forge(exported.base64, (files) => {
      const article = JSON.parse(Buffer.from(files['article.json']).toString('utf8')) as { status: string };
      article.status = 'approved';
      files['article.json'] = strToU8(JSON.stringify(article));
      const trail = JSON.parse(Buffer.from(files['trail.json']).toString('utf8')) as object[];
      trail.push({ at: Date.now(), actorId: 'x', actorName: 'Lê Thị Duyệt', action: 'approve', from: 'submitted', to: 'approved', note: 'Duyệt.', versionId: null });
      files['trail.json'] = strToU8(JSON.stringify(trail));
    });

    const office = await appServices();
    await office.signIn('Ngô Giang Sơn', ['reporter']);
    const received = await office.call<{ articleId: string }>('package.import', { fileName: 'gia-mao.toasoan', base64: forged });
    const article = await office.call<{ status: string }>('articles.get', { id: received.articleId });
    expect(article.status).toBe('submitted');
    const trail = await office.call<{ action: string; imported?: boolean }[]>('workflow.trail', { id: received.articleId });
    const carried = trail.filter((entry) => entry.action === 'approve');
    expect(carried).toHaveLength(1);
    expect(carried[0].imported).toBe(true);
    expect(lastApproval(trail)).toBeUndefined();
    expect(trail.at(-1)).toMatchObject({ action: 'package', to: 'submitted' });
    expect(trail.at(-1)?.imported).toBeUndefined();

    // «published» under a new id: the same.
    const renamed = forge(exported.base64, (files) => {
      for (const name of ['article.json', 'manifest.json']) {
        files[name] = strToU8(Buffer.from(files[name]).toString('utf8').replaceAll(draft.id, 'gia-mao-1234').replace('"status":"draft"', '"status":"published"'));
      }
    });
    const second = await office.call<{ articleId: string }>('package.import', { fileName: 'gia-mao-2.toasoan', base64: renamed });
    expect(second.articleId).toBe('gia-mao-1234');
    expect((await office.call<{ status: string }>('articles.get', { id: second.articleId })).status).toBe('submitted');
    await field.services.close();
    await office.services.close();
  });

  it('the arrival rule: new ones wait for review, one here keeps its state unless its approved text changed', () => {
    expect(arrivalStatus(null, true, false)).toBe('submitted');
    expect(arrivalStatus('draft', true, false)).toBe('draft');
    expect(arrivalStatus('draft', true, true)).toBe('submitted');
    expect(arrivalStatus('approved', false, false)).toBe('approved');
    expect(arrivalStatus('approved', true, false)).toBe('submitted');
    expect(arrivalStatus('published', true, true)).toBe('submitted');
  });
});

/** Issue 13, item 6: a pending post whose marker named a local article replaced its text and took over its publishing. */
describe('a pull from the portal, tried with a post that names someone else’s article', () => {
  it('goes into an article of its own; the local one is untouched, and a real re-pull still updates what it came from', async () => {
    const { startGenericPortal } = await import('../../portal/generic-portal');
    const target = await startGenericPortal({ userName: 'Ban biên tập' });
    const desk = await appServices();
    await desk.signIn('Lê Thị Duyệt', ['editor', 'approver']);
    const portal = await desk.call<{ id: string }>('portals.save', { kind: 'generic', name: 'Cổng', url: target.url, user: '', password: target.token });
    const local = await desk.call<{ id: string; revision: number }>('articles.create', { title: 'Bài của tòa soạn' });
    await desk.call('articles.save', { id: local.id, baseRevision: local.revision, title: 'Bài của tòa soạn', lead: 'Sapo thật.', byline: 'PV', body: paragraphs('Văn bản thật.') });
    target.articles.push({ id: 'a-99', externalId: `toasoan-${local.id}`, title: 'Bị thay', lead: 'Sapo giả.', html: '<p>Văn bản giả.</p>', status: 'pending', categories: [], author: 'Người lạ', modified: new Date().toISOString() });

    const [listed] = await desk.call<{ articleId: string; here: boolean }[]>('portals.pending', { id: portal.id });
    expect(listed.articleId).not.toBe(local.id);
    expect(listed.here).toBe(false);
    const pulled = await desk.call<{ id: string; status: string; title: string }>('portals.pull', { id: portal.id, postId: 'a-99' });
    expect(pulled.id).not.toBe(local.id);
    expect(pulled).toMatchObject({ title: 'Bị thay', status: 'submitted' });
    expect(await desk.call('articles.get', { id: local.id })).toMatchObject({ title: 'Bài của tòa soạn', lead: 'Sapo thật.', status: 'draft' });
    expect(await desk.call<unknown[]>('publish.jobs', { id: local.id })).toEqual([]);

    // The same post pulled again (the reporter changed it on the portal): it updates the article it made, keeping the text before as a version.
    target.articles[0].html = '<p>Văn bản đã sửa.</p>';
    const again = await desk.call<{ id: string }>('portals.pull', { id: portal.id, postId: 'a-99' });
    expect(again.id).toBe(pulled.id);
    const versions = await desk.call<{ reason: string }[]>('versions.list', { id: pulled.id });
    expect(versions.map((version) => version.reason)).toContain('before-pull');
    await desk.services.close();
    await target.close();
  });
});

/** Issue 13, item 7: with the disk filling midway, a package import onto an existing article replaced one photo and not the others. */
describe('a package onto an article that is here: all or nothing', () => {
  it('when the article cannot be written after the photos were switched, every photo and the list come back as they were', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { vi } = await import('vitest');
    const sharp = (await import('sharp')).default;
    const field = await appServices();
    await field.signIn();
    const created = await field.call<{ id: string; revision: number }>('articles.create', { title: 'Lễ kỷ niệm' });
    for (const [index, colour] of ['#aa3333', '#33aa33'].entries()) {
      const bytes = await sharp({ create: { width: 320, height: 200, channels: 3, background: colour } }).jpeg().toBuffer();
      await field.call('photos.add', { articleId: created.id, fileName: `anh-${index}.jpg`, bytes: new Uint8Array(bytes) });
    }
    const first = await field.call<{ fileName: string; base64: string }>('package.export', { id: created.id, versions: false });
    const office = await appServices();
    await office.signIn();
    await office.call('package.import', { fileName: first.fileName, base64: first.base64 });
    const photos = await office.call<{ photos: { id: string; caption: string }[] }>('photos.list', { articleId: created.id });
    const folder = join(office.dataDir, 'media', created.id);
    const before = Object.fromEntries(photos.photos.map((photo) => [photo.id, readFileSync(join(folder, photo.id, 'web.jpg'))]));
    const listBefore = readFileSync(join(folder, 'photos.json'), 'utf8');

    // The reporter recaptions and re-exports; at the office, writing the article fails after the photos were switched.
    await field.call('photos.update', { articleId: created.id, photoIds: photos.photos.map((photo) => photo.id), edit: { caption: 'Chú thích mới.' } });
    const second = await field.call<{ fileName: string; base64: string }>('package.export', { id: created.id, versions: false });
    const failing = vi.spyOn(office.services.articles, 'receivePackage').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await expect(office.call('package.import', { fileName: second.fileName, base64: second.base64 })).rejects.toBeTruthy();
    failing.mockRestore();
    expect(readFileSync(join(folder, 'photos.json'), 'utf8')).toBe(listBefore);
    for (const [photoId, bytes] of Object.entries(before)) expect(readFileSync(join(folder, photoId, 'web.jpg')).equals(bytes)).toBe(true);
    expect(readdirSync(folder).filter((name) => name.startsWith('.staging'))).toEqual([]);

    // Then it goes through whole, and the photos it replaced are kept aside.
    await office.call('package.import', { fileName: second.fileName, base64: second.base64 });
    expect((await office.call<{ photos: { caption: string }[] }>('photos.list', { articleId: created.id })).photos.map((photo) => photo.caption)).toEqual(['Chú thích mới.', 'Chú thích mới.']);
    expect(readdirSync(folder).some((name) => name.startsWith('.before-package-'))).toBe(true);
    await field.services.close();
    await office.services.close();
  });
});
