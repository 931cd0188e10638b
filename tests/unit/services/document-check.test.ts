import { describe, expect, it } from 'vitest';
import { documentProblem } from '../../../shared/schema/check-document';
import { appServices, paragraphs } from '../helpers';

/** Issue 13, item 5: a body with a node the editor does not know was stored, opened empty and autosaved over. */
describe('the body is checked at the door', () => {
  const withVideo = { type: 'doc', content: [...paragraphs('Đoạn một.').content!, { type: 'video', attrs: { src: 'x.mp4' } }, ...paragraphs('Đoạn hai.').content!] };

  it('refuses content the editor cannot show, with the reason, and keeps what was stored', async () => {
    const { call, signIn, services } = await appServices();
    await signIn();
    const created = await call<{ id: string; revision: number }>('articles.create', { title: 'Hội nghị' });
    const saved = await call<{ revision: number }>('articles.save', { id: created.id, baseRevision: created.revision, title: 'Hội nghị', lead: '', byline: '', body: paragraphs('Nội dung thật.') });
    const error = await call('articles.save', { id: created.id, baseRevision: saved.revision, title: 'Hội nghị', lead: '', byline: '', body: withVideo }).catch((caught: Error) => caught);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: 'Bài có một thành phần mà trình soạn thảo không hiển thị được («video»). Bài không được lưu để không mất nội dung.' });
    expect((await call<{ body: unknown }>('articles.get', { id: created.id })).body).toEqual(paragraphs('Nội dung thật.'));
    await expect(call('articles.create', { content: { title: 'X', lead: '', byline: '', body: withVideo } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await services.close();
  });

  it('knows marks, places, heading levels, link addresses and photo ids as the editor does', () => {
    expect(documentProblem(paragraphs('Bình thường.'))).toBeNull();
    const text = (marks: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'chữ', marks }] }] });
    expect(documentProblem(text([{ type: 'bold' }, { type: 'link', attrs: { href: 'https://quangninh.gov.vn/' } }]))).toBeNull();
    expect(documentProblem(text([{ type: 'blink' }]))).toMatch(/kiểu chữ mà trình soạn thảo không biết «blink»|«blink»/);
    expect(documentProblem(text([{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))).toMatch(/liên kết không được phép/);
    expect(documentProblem({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Tiêu đề' }] }] })).toMatch(/cấp 1/);
    expect(documentProblem({ type: 'doc', content: [{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Mục' }] }] })).toBeNull();
    expect(documentProblem({ type: 'doc', content: [{ type: 'text', text: 'chữ trần ở gốc' }] })).toMatch(/^Cấu trúc nội dung bài không hợp lệ/);
    expect(documentProblem({ type: 'doc', content: [{ type: 'figure', attrs: { photoId: '../../etc', articleId: 'abcdef-1' } }] })).toMatch(/mã không hợp lệ/);
    expect(documentProblem({ type: 'doc', content: [{ type: 'figure', attrs: { photoId: '0123456789abcdef', articleId: 'abcdef-1' }, content: [{ type: 'text', text: 'Chú thích.' }] }] })).toBeNull();
  });
});
