import { describe, expect, it } from 'vitest';
import { presentList, relatedTerms } from '../../../shared/search/related';
import { appServices, paragraphs } from '../helpers';

describe('presentList (the list of those present, to copy into a draft)', () => {
  it('takes the sentence that names those present, to its end, as written', () => {
    const lead =
      'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết. Đồng chí Nguyễn Hương Giang, Chủ tịch UBND tỉnh chủ trì Hội nghị. Cùng dự có các đồng chí: Trần Thị Hằng, Phó Chủ tịch Thường trực HĐND tỉnh; Ngô Tân Phượng, Phó Chủ tịch UBND tỉnh. Tại Hội nghị, các đại biểu đã thảo luận.';
    expect(presentList([lead])).toBe('Cùng dự có các đồng chí: Trần Thị Hằng, Phó Chủ tịch Thường trực HĐND tỉnh; Ngô Tân Phượng, Phó Chủ tịch UBND tỉnh.');
    // A capital abbreviation with a full stop («TP. Huế») is not the sentence's end; the paragraph's end is.
    expect(presentList(['Mở đầu.', 'Tham dự Kỳ họp có đồng chí Lê Văn Hưng, Bí thư Thành ủy TP. Huế; đồng chí Phan Thiên Định'])).toBe(
      'Tham dự Kỳ họp có đồng chí Lê Văn Hưng, Bí thư Thành ủy TP. Huế; đồng chí Phan Thiên Định',
    );
    expect(presentList(['Dự hội nghị có lãnh đạo các sở, ngành. Hội nghị đã thông qua nghị quyết.'])).toBe('Dự hội nghị có lãnh đạo các sở, ngành.');
    expect(presentList(['Các đại biểu thảo luận về dự thảo nghị quyết.', ''])).toBeNull();
  });

  it('compares titles by their telling words: no joining words, no year', () => {
    expect(relatedTerms('Hội nghị sơ kết 6 tháng đầu năm 2025 của Ban Dân vận')).toEqual(['hoi', 'nghi', '6', 'thang', 'dau', 'dan', 'van']);
    expect(relatedTerms('')).toEqual([]);
  });
});

describe('«Bài cùng loại» through the contract: search.related and search.reference', () => {
  it('finds last year’s report of the same kind and body first, in own articles and the archive, and reads either beside a draft', async () => {
    const { startGenericPortal } = await import('../../portal/generic-portal');
    const target = await startGenericPortal();
    const desk = await appServices();
    await desk.signIn('Lê Thị Duyệt', ['reporter', 'editor']);
    const write = async (title: string, lead: string, body: string[]): Promise<string> => {
      const created = await desk.call<{ id: string; revision: number }>('articles.create', { title });
      await desk.call('articles.save', { id: created.id, baseRevision: created.revision, title, lead, byline: 'PV', body: paragraphs(...body) });
      return created.id;
    };
    const draft = await write('Hội nghị sơ kết 6 tháng Chương trình xây dựng nông thôn mới năm 2026', '', ['Đang viết.']);
    const lastYear = await write(
      'Hội nghị sơ kết 6 tháng Chương trình xây dựng nông thôn mới năm 2025',
      'Sáng 3/7, UBND tỉnh tổ chức hội nghị. Cùng dự có các đồng chí: Trần Thị Hằng, Phó Chủ tịch HĐND tỉnh; Ngô Tân Phượng, Phó Chủ tịch UBND tỉnh.',
      ['Năm 2025, toàn tỉnh có thêm 12 xã đạt chuẩn.', 'Hội nghị đã khen thưởng 10 tập thể.'],
    );
    await write('Lễ kỷ niệm ngày thành lập Đảng', 'Long trọng.', ['Không liên quan.']);
    target.articles.push({
      id: 'p-1',
      externalId: 'kho-1',
      title: 'Hội nghị sơ kết công tác dân vận',
      lead: '<p>Ban Dân vận tổ chức hội nghị.</p>',
      html: '<p>Tham dự hội nghị có lãnh đạo các sở, ngành.</p><p>Hội nghị đã thông qua kế hoạch.</p>',
      status: 'publish',
      categories: ['Tin hoạt động'],
      author: 'Ban biên tập',
      modified: new Date(Date.UTC(2024, 5, 1)).toISOString(),
    });
    const portal = await desk.call<{ id: string }>('portals.save', { kind: 'generic', name: 'Cổng', url: target.url, user: '', password: target.token });
    await desk.call('archive.pull', { portalId: portal.id });
    for (let tries = 0; tries < 100 && !(await desk.call<{ running: boolean; kept: number }>('archive.status', { portalId: portal.id })).kept; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const { hits } = await desk.call<{ hits: { id: string; source: string; sameKind: boolean; title: string }[] }>('search.related', { id: draft });
    expect(hits.map((hit) => [hit.id, hit.source, hit.sameKind])).toEqual([
      [lastYear, 'own', true],
      [`archive:${portal.id}:p-1`, 'archive', true],
    ]);

    const own = await desk.call<{ title: string; paragraphs: string[]; present: string | null; source: string }>('search.reference', { id: lastYear });
    expect(own).toMatchObject({ source: 'own', paragraphs: ['Năm 2025, toàn tỉnh có thêm 12 xã đạt chuẩn.', 'Hội nghị đã khen thưởng 10 tập thể.'] });
    expect(own.present).toBe('Cùng dự có các đồng chí: Trần Thị Hằng, Phó Chủ tịch HĐND tỉnh; Ngô Tân Phượng, Phó Chủ tịch UBND tỉnh.');
    const archived = await desk.call<{ present: string | null; source: string; lead: string }>('search.reference', { id: `archive:${portal.id}:p-1` });
    expect(archived).toMatchObject({ source: 'archive', lead: 'Ban Dân vận tổ chức hội nghị.', present: 'Tham dự hội nghị có lãnh đạo các sở, ngành.' });

    // One category filter for both sources: the own article sent to «Tin hoạt động», and the archive's post in it.
    await desk.call('articles.save', {
      id: lastYear,
      baseRevision: (await desk.call<{ revision: number }>('articles.get', { id: lastYear })).revision,
      title: 'Hội nghị sơ kết 6 tháng Chương trình xây dựng nông thôn mới năm 2025',
      lead: 'Sáng 3/7, UBND tỉnh tổ chức hội nghị.',
      byline: 'PV',
      body: paragraphs('Năm 2025.'),
      categories: ['Tin hoạt động'],
    });
    const inCategory = await desk.call<{ hits: { id: string }[] }>('search.query', { query: 'hoi nghi', category: 'Tin hoạt động' });
    expect(inCategory.hits.map((hit) => hit.id).sort()).toEqual([lastYear, `archive:${portal.id}:p-1`].sort());
    expect((await desk.call<{ categories: string[] }>('search.categories', {})).categories).toEqual(['Tin hoạt động']);

    // Forged names: refused at the door, or not found; never a file outside the archive.
    await expect(desk.call('search.reference', { id: `archive:${portal.id}:../../secret` })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(desk.call('search.reference', { id: `archive:${portal.id}:p-404` })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(desk.call('search.related', { id: 'khong-co-bai-nay' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await desk.services.close();
    await target.close();
  });
});
