import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/article/model';
import { docToPlainText } from '../../../shared/article/doc-text';
import { conferenceReport } from '../../fixtures/docx/make-docx';
import { appServices } from '../helpers';

function types(node: DocNode, found: string[] = []): string[] {
  found.push(node.type);
  for (const child of node.content ?? []) types(child, found);
  return found;
}

describe('importing a Word document', () => {
  it('makes a new article: title, lead, headings, marks, list, table, link, photos with captions in the photo desk, legacy fonts converted', async () => {
    const { services, call, signIn } = await appServices();
    await signIn();
    const result = await call<{ articleId: string; html: string | null; report: string[]; photos: number }>('import.document', {
      fileName: 'Báo cáo hội nghị.docx',
      base64: (await conferenceReport({ photos: 2 })).toString('base64'),
    });
    expect(result.photos).toBe(2);
    expect(result.report).toEqual(['Chữ gõ bằng phông TCVN3 (.VnTime…) đã được chuyển sang Unicode.', 'Chữ gõ bằng phông VNI (VNI-Times…) đã được chuyển sang Unicode.']);
    const article = await call<{ title: string; lead: string; byline: string; body: DocNode; status: string }>('articles.get', { id: result.articleId });
    expect(article.byline).toBe('Ngô Giang Sơn');
    expect(article.title).toBe('Hội nghị sơ kết Quy chế phối hợp giữa các cơ quan');
    expect(article.lead).toBe('Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết 3 năm thực hiện Quy chế phối hợp.');
    const text = docToPlainText(article.body);
    expect(text).toContain('Đồng chí Phó Chủ tịch UBND tỉnh phát biểu: Các đơn vị cần quyết liệt hơn.');
    expect(text).toContain('KẾT LUẬN HỘI NGHỊ');
    expect(text).toContain('Ban Tuyên giáo Tỉnh ủy đề nghị tiếp tục phối hợp.');
    expect(text).not.toMatch(/[¸¶¬Þ]/);
    const kinds = types(article.body);
    for (const kind of ['heading', 'bulletList', 'listItem', 'table', 'tableRow', 'figure']) expect(kinds, kind).toContain(kind);
    const json = JSON.stringify(article.body);
    for (const mark of ['"bold"', '"italic"', '"underline"', '"link"']) expect(json).toContain(mark);
    expect(json).toContain('https://quangninh.gov.vn/');
    const photos = await call<{ photos: { id: string; caption: string; credit: string; alt: string }[] }>('photos.list', { articleId: result.articleId });
    expect(photos.photos.map((photo) => [photo.caption, photo.credit, photo.alt])).toEqual([
      ['Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị.', 'Ngô Giang Sơn', 'Ảnh 1 của Hội nghị'],
      ['Ảnh 2: các đại biểu dự Hội nghị.', '', 'Ảnh 2 của Hội nghị'],
    ]);
    const figures = (article.body.content ?? []).filter((node) => node.type === 'figure');
    expect(figures.map((figure) => [figure.attrs?.photoId, docToPlainText({ type: 'doc', content: [figure] }).trim()])).toEqual(
      photos.photos.map((photo) => [photo.id, photo.caption]),
    );
    // The caption paragraphs are now the figures' captions, not text of their own.
    expect(text.match(/các đại biểu dự Hội nghị/g)).toHaveLength(1);
    expect(JSON.stringify(article.body).normalize('NFC')).toBe(JSON.stringify(article.body));
    await services.close();
  });

  it('at the cursor of an open article: the photos join its desk, the editor gets the HTML to insert', async () => {
    const { services, call, signIn } = await appServices();
    await signIn();
    const open = await call<{ id: string }>('articles.create', { title: 'Bài đang viết' });
    const result = await call<{ articleId: string; html: string; photos: number }>('import.document', {
      fileName: 'them.docx',
      base64: (await conferenceReport({ photos: 1 })).toString('base64'),
      articleId: open.id,
    });
    expect(result.articleId).toBe(open.id);
    const [photo] = (await call<{ photos: { id: string }[] }>('photos.list', { articleId: open.id })).photos;
    expect(result.html).toContain(`<figure data-photo-id="${photo.id}" data-article-id="${open.id}">`);
    expect(result.html).toContain('<h1>Hội nghị sơ kết'.replace('h1', 'h2'));
    await services.close();
  });

  it('takes a .txt from an old archive in TCVN3 as an article, the encoding said in the report', async () => {
    const { toTcvn3 } = await import('../../../shared/text/legacy-encoding');
    const { services, call, signIn } = await appServices();
    await signIn();
    const table = new Map<string, number>();
    [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, index) => index))].forEach((char, index) => table.set(char, index));
    const text = 'thông báo kết luận hội nghị\nhội nghị sơ kết công tác dân vận năm 2024 của tỉnh.\n';
    const bytes = Uint8Array.from([...toTcvn3(text)[0].text].map((char) => table.get(char) ?? 0x3f));
    const result = await call<{ articleId: string; report: string[] }>('import.document', { fileName: 'luu-tru-1998.txt', base64: Buffer.from(bytes).toString('base64') });
    expect(result.report).toEqual(['Tệp văn bản mã TCVN3 (ABC) đã được chuyển sang Unicode.']);
    const article = await call<{ title: string; body: DocNode }>('articles.get', { id: result.articleId });
    expect(article.title).toBe('thông báo kết luận hội nghị');
    expect(docToPlainText(article.body).trim()).toBe('hội nghị sơ kết công tác dân vận năm 2024 của tỉnh.');
    await services.close();
  });

  it('says what is wrong with a .doc, a password-protected file, a damaged file, a zip bomb, and leaves nothing behind', async () => {
    const { services, call, signIn } = await appServices();
    await signIn();
    const before = await call<{ total: number }>('articles.list', {});
    const attempt = (fileName: string, bytes: Uint8Array) => call('import.document', { fileName, base64: Buffer.from(bytes).toString('base64') }).catch((error: Error) => error.message);
    const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(await attempt('cu.doc', Uint8Array.from([...cfb, ...new Uint8Array(600)]))).toBe(
      '«cu.doc» là định dạng Word cũ (.doc). Hãy mở bằng Word và chọn Lưu thành → «Tài liệu Word (.docx)», rồi nhập tệp .docx.',
    );
    expect(await attempt('mat-khau.docx', Buffer.concat([Buffer.from(cfb), Buffer.alloc(3 * 1024 * 1024), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(200)]))).toMatch(/^«mat-khau\.docx» được đặt mật khẩu\./);
    const good = await conferenceReport({ photos: 1 });
    expect(await attempt('hong.docx', good.subarray(0, Math.floor(good.length / 2)))).toMatch(/^«hong\.docx» bị hỏng/);
    expect(await attempt('anh.docx', await (await import('sharp')).default({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer())).toBe('«anh.docx» không phải tệp Word (.docx).');
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await attempt('bom.docx', bomb)).toMatch(/^«bom\.docx» bung ra quá lớn so với kích thước tệp/);
    expect(await attempt('khong-phai-word.docx', zipSync({ 'a.txt': strToU8('xin chào') }))).toMatch(/không có nội dung văn bản Word/);
    expect((await call<{ total: number }>('articles.list', {})).total).toBe(before.total);
    await services.close();
  });
});
