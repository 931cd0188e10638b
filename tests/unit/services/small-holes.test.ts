import { strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cleanFileName } from '../../../shared/files/file-name';
import { parseCsv, stringifyCsv } from '../../../shared/text/csv';
import { appServices } from '../helpers';

/** Issue 13, item 8: the smaller holes, each tried. */
describe('smaller holes', () => {
  it('the officials CSV does not let a spreadsheet formula through, and reads back as it was', async () => {
    const text = stringifyCsv([['Họ tên', 'Chức danh'], ['=HYPERLINK("http://x","bấm")', '+84 Chủ tịch'], ['-1', '@SUM(A1)'], ['Nguyễn Văn A', 'Phó Chủ tịch']]);
    expect(text).not.toMatch(/(^|,)"?[=+\-@]/m);
    expect(parseCsv(text)).toEqual([['Họ tên', 'Chức danh'], ['=HYPERLINK("http://x","bấm")', '+84 Chủ tịch'], ['-1', '@SUM(A1)'], ['Nguyễn Văn A', 'Phó Chủ tịch']]);
    const { call, signIn, services } = await appServices();
    await signIn();
    await call('office.saveOfficial', { name: '=cmd|"/c calc"!A1', titles: ['Chủ tịch'], organisation: 'UBND' });
    const exported = await call<{ base64: string }>('office.exportOfficials', {});
    expect(Buffer.from(exported.base64, 'base64').toString('utf8')).toContain(`"'=cmd|""/c calc""!A1"`);
    await services.close();
  });

  it('photo file names lose control characters and the marks that turn text around', async () => {
    expect(cleanFileName('ảnh\u202Egpj.exe')).toBe('ảnhgpj.exe');
    expect(cleanFileName('../../etc/\u0000pass\nwd.jpg')).toBe('passwd.jpg');
    expect(cleanFileName('\u200F\u2066', 'ảnh')).toBe('ảnh');
    const { call, signIn, services } = await appServices();
    await signIn();
    const article = await call<{ id: string }>('articles.create', {});
    const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#123456' } }).jpeg().toBuffer();
    const added = await call<{ photo: { fileName: string } }>('photos.add', { articleId: article.id, fileName: 'Hội nghị\u202Egpj.exe', bytes: new Uint8Array(bytes) });
    expect(added.photo.fileName).toBe('Hội nghịgpj.exe');
    await services.close();
  });

  it('a package whose photo files are not the photos they claim is refused before anything is written', async () => {
    const field = await appServices();
    await field.signIn();
    const article = await field.call<{ id: string }>('articles.create', { title: 'Ảnh giả' });
    const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#654321' } }).jpeg().toBuffer();
    const { photo } = await field.call<{ photo: { id: string } }>('photos.add', { articleId: article.id, fileName: 'a.jpg', bytes: new Uint8Array(bytes) });
    const exported = await field.call<{ base64: string }>('package.export', { id: article.id, versions: false });
    const resign = (change: (files: Record<string, Uint8Array>) => void): string => {
      const files = unzipSync(Buffer.from(exported.base64, 'base64'));
      change(files);
      const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')) as { files: { path: string; bytes: number; sha256: string }[] };
      manifest.files = manifest.files.map((file) => ({ ...file, bytes: files[file.path].length, sha256: createHash('sha256').update(files[file.path]).digest('hex') }));
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
      return Buffer.from(zipSync(files)).toString('base64');
    };
    const office = await appServices();
    await office.signIn();
    const html = resign((files) => {
      files[`photos/${photo.id}/web.jpg`] = strToU8('<html><script>alert(1)</script></html>');
    });
    await expect(office.call('package.import', { fileName: 'html.toasoan', base64: html })).rejects.toMatchObject({ message: expect.stringContaining('không phải là ảnh') });
    const swapped = resign((files) => {
      files[`photos/${photo.id}/original.jpg`] = new Uint8Array(bytes.subarray(0, bytes.length - 10));
    });
    await expect(office.call('package.import', { fileName: 'doi.toasoan', base64: swapped })).rejects.toMatchObject({ message: expect.stringContaining('không khớp dấu vân tay') });
    expect((await office.call<{ total: number }>('articles.list', {})).total).toBe(0);
    await field.services.close();
    await office.services.close();
  });
});

describe('a damaged photo list', () => {
  it('is rebuilt from the photo folders, captions and credits read back from the web copies, instead of every photo vanishing', async () => {
    const { writeFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { call, signIn, services, dataDir } = await appServices();
    await signIn();
    const article = await call<{ id: string }>('articles.create', {});
    const ids: string[] = [];
    for (const [index, colour] of ['#aa0000', '#00aa00'].entries()) {
      const bytes = await sharp({ create: { width: 300, height: 200, channels: 3, background: colour } }).jpeg().toBuffer();
      const { photo } = await call<{ photo: { id: string } }>('photos.add', { articleId: article.id, fileName: `anh-${index}.jpg`, bytes: new Uint8Array(bytes) });
      await call('photos.update', { articleId: article.id, photoIds: [photo.id], edit: { caption: `Đại biểu dự Hội nghị ${index + 1}.`, credit: 'Ngô Giang Sơn', alt: `Hội trường ${index + 1}` } });
      ids.push(photo.id);
    }
    await services.close();
    const folder = join(dataDir, 'media', article.id);
    writeFileSync(join(folder, 'photos.json'), '{"schemaVersion":1,"photos":[{"id":');

    const again = await appServices(dataDir);
    await again.signIn();
    const list = await again.call<{ coverId: string; photos: { id: string; caption: string; credit: string; alt: string }[] }>('photos.list', { articleId: article.id });
    expect(list.photos.map((photo) => [photo.id, photo.caption, photo.credit, photo.alt]).sort()).toEqual(
      [
        [ids[0], 'Đại biểu dự Hội nghị 1.', 'Ngô Giang Sơn', 'Hội trường 1'],
        [ids[1], 'Đại biểu dự Hội nghị 2.', 'Ngô Giang Sơn', 'Hội trường 2'],
      ].sort(),
    );
    expect(readdirSync(folder).some((name) => name.startsWith('photos.json.corrupt-'))).toBe(true);
    expect((await again.call<{ notices: { message: string }[] }>('app.info', {})).notices.map((notice) => notice.message)).toEqual([expect.stringContaining('dựng lại từ thư mục ảnh (2 ảnh')]);
    await again.services.close();
  });
});

describe('the Word import report', () => {
  it('says a broken photo in people’s words and counts only the photos that came in', async () => {
    const { conferenceReport } = await import('../../fixtures/docx/make-docx');
    const files = unzipSync(await conferenceReport({ photos: 2 }));
    const images = Object.keys(files).filter((path) => path.startsWith('word/media/')).sort();
    expect(images).toHaveLength(2);
    files[images[1]] = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const { call, signIn, services } = await appServices();
    await signIn();
    const result = await call<{ articleId: string; report: string[]; photos: number }>('import.document', { fileName: 'bao-cao.docx', base64: Buffer.from(zipSync(files)).toString('base64') });
    expect(result.photos).toBe(1);
    const broken = result.report.find((line) => line.startsWith('Ảnh 2 không nhập được'));
    expect(broken).toBe('Ảnh 2 không nhập được: «bao-cao - ảnh 2.jpg» không phải là ảnh (hoặc tệp đã hỏng), nên không nhập.');
    expect(result.report.join(' ')).not.toMatch(/Error|sharp|buffer|Input/i);
    expect((await call<{ photos: unknown[] }>('photos.list', { articleId: result.articleId })).photos).toHaveLength(1);
    await services.close();
  });
});
