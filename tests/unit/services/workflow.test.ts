import { describe, expect, it } from 'vitest';
import { availableActions, decide, RULES, type Role } from '../../../shared/workflow/machine';
import { ARTICLE_STATUSES } from '../../../shared/article/status';
import { appServices, paragraphs } from '../helpers';

describe('the state machine', () => {
  it('lets each role do only its part of the procedure', () => {
    expect(decide('submit', 'draft', ['reporter'])).toEqual({ ok: true, to: 'submitted' });
    expect(decide('approve', 'submitted', ['reporter'])).toEqual({ ok: false, message: 'Hồ sơ hiện tại không có quyền «Duyệt»; việc này dành cho: Lãnh đạo duyệt.' });
    expect(decide('approve', 'submitted', ['editor'])).toMatchObject({ ok: false });
    expect(decide('approve', 'submitted', ['editor', 'approver'])).toEqual({ ok: true, to: 'approved' });
    expect(decide('requestChanges', 'submitted', ['editor'])).toEqual({ ok: true, to: 'changes_requested' });
    expect(decide('publish', 'approved', ['reporter'])).toMatchObject({ ok: false });
  });

  it('refuses every transition from a state it does not start from', () => {
    const everyone: Role[] = ['reporter', 'photographer', 'editor', 'approver'];
    for (const [action, rule] of Object.entries(RULES)) {
      for (const status of ARTICLE_STATUSES) {
        const decision = decide(action as keyof typeof RULES, status, everyone);
        expect(decision.ok, `${action} from ${status}`).toBe(rule.from.includes(status));
        if (!decision.ok) expect(decision.message).toMatch(/^Không thể «.+» khi bài đang ở trạng thái «.+»\.$/);
      }
    }
    expect(availableActions('submitted', ['editor'])).toEqual(['withdraw', 'requestChanges']);
  });
});

async function setup() {
  const { services, call } = await appServices();
  const head = await call<{ id: string }>('profiles.save', { name: 'Lê Thị Duyệt', roles: ['editor', 'approver'], pin: '2468' });
  const reporter = await call<{ id: string }>('profiles.save', { name: 'Ngô Giang Sơn', roles: ['reporter'] });
  const as = (profile: { id: string }, pin?: string) => call('profiles.select', { id: profile.id, pin });
  return { services, call, head, reporter, as };
}

const COMPLETE = {
  title: 'Hội nghị sơ kết Quy chế phối hợp',
  lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị.',
  byline: 'Ngô Giang Sơn',
  categories: ['Tin hoạt động'],
  body: paragraphs('Đồng chí Nguyễn Hương Giang chủ trì Hội nghị.'),
};

describe('the review workflow', () => {
  it('goes reporter → editor → approval, with the trail and the changes since the last submission', async () => {
    const { services, call, head, reporter, as } = await setup();
    await as(reporter);
    const article = await call<{ id: string; revision: number }>('articles.create', {});
    await expect(call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' })).rejects.toThrow(
      /Chưa gửi duyệt được:\n• Thiếu tiêu đề\.\n• Thiếu sapo\.\n• Chưa chọn chuyên mục\.\n• Thiếu dòng ký tên/,
    );
    // The page decides from the structured problems, never from the sentence.
    await expect(call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' })).rejects.toMatchObject({
      details: {
        problems: [
          { field: 'title', rule: 'required', message: 'Thiếu tiêu đề.' },
          { field: 'lead', rule: 'required', message: 'Thiếu sapo.' },
          { field: 'categories', rule: 'required', message: 'Chưa chọn chuyên mục.' },
          { field: 'byline', rule: 'required', message: 'Thiếu dòng ký tên tác giả cuối bài.' },
        ],
      },
    });
    await call('articles.save', { id: article.id, baseRevision: article.revision, ...COMPLETE });
    await call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' });
    await expect(call('workflow.transition', { id: article.id, action: 'approve', expected: 'submitted', note: '' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    await expect(as(head, '0000')).rejects.toThrow('Mã PIN không đúng.');
    await as(head, '2468');
    await call('comments.add', { id: article.id, quote: 'chủ trì Hội nghị', text: 'Ghi rõ chức danh.' });
    await expect(call('workflow.transition', { id: article.id, action: 'requestChanges', expected: 'submitted', note: ' ' })).rejects.toThrow('Hãy ghi rõ cần sửa gì.');
    await call('workflow.transition', { id: article.id, action: 'requestChanges', expected: 'submitted', note: 'Bổ sung chức danh.' });
    expect((await call<{ items: unknown[] }>('articles.list', { waitingForMe: true })).items).toHaveLength(0);

    await as(reporter);
    expect((await call<{ items: { id: string }[] }>('articles.list', { waitingForMe: true })).items.map((item) => item.id)).toEqual([article.id]);
    const current = await call<{ revision: number }>('articles.get', { id: article.id });
    await call('articles.save', {
      id: article.id,
      baseRevision: current.revision,
      ...COMPLETE,
      body: paragraphs('Đồng chí Nguyễn Hương Giang, Chủ tịch UBND tỉnh chủ trì Hội nghị.'),
    });
    const [comment] = await call<{ id: string }[]>('comments.list', { id: article.id });
    await call('comments.resolve', { id: article.id, commentId: comment.id });
    await call('workflow.transition', { id: article.id, action: 'submit', expected: 'changes_requested', note: 'Đã bổ sung.' });

    await as(head, '2468');
    const diff = await call<{ parts: { kind: string; text: string }[] }>('workflow.diff', { id: article.id });
    expect(diff.parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toContain(', Chủ tịch UBND tỉnh');
    const approved = await call<{ status: string }>('workflow.transition', { id: article.id, action: 'approve', expected: 'submitted', note: '' });
    expect(approved.status).toBe('approved');

    const trail = await call<{ action: string; actorName: string; to: string }[]>('workflow.trail', { id: article.id });
    expect(trail.map((entry) => [entry.action, entry.actorName, entry.to])).toEqual([
      ['create', 'Ngô Giang Sơn', 'draft'],
      ['submit', 'Ngô Giang Sơn', 'submitted'],
      ['requestChanges', 'Lê Thị Duyệt', 'changes_requested'],
      ['submit', 'Ngô Giang Sơn', 'submitted'],
      ['approve', 'Lê Thị Duyệt', 'approved'],
    ]);

    // Opened in the editor, which adds a paragraph after a last figure and fills in the figure's copies of
    // the photo's credit and alt text: saved, but the reader sees no change, so it stays approved.
    await as(reporter);
    const opened = await call<{ revision: number; body: { content: unknown[] } }>('articles.get', { id: article.id });
    await call('articles.save', {
      id: article.id,
      baseRevision: opened.revision,
      ...COMPLETE,
      body: { type: 'doc', content: [...(COMPLETE.body.content ?? []), { type: 'figure', attrs: { photoId: 'anh00001', articleId: article.id, credit: 'PV', alt: 'x', revision: 2 }, content: [] }] },
    });
    const withFigure = await call<{ revision: number; status: string }>('articles.get', { id: article.id });
    expect(withFigure.status).toBe('submitted');
    await as(head, '2468');
    await call('workflow.transition', { id: article.id, action: 'approve', expected: 'submitted', note: '' });
    await as(reporter);
    const again = await call<{ revision: number }>('articles.get', { id: article.id });
    await call('articles.save', {
      id: article.id,
      baseRevision: again.revision,
      ...COMPLETE,
      body: {
        type: 'doc',
        content: [
          ...(COMPLETE.body.content ?? []),
          { type: 'figure', attrs: { photoId: 'anh00001', articleId: article.id, credit: 'Ngô Giang Sơn', alt: 'Hội trường', revision: 3 }, content: [] },
          { type: 'paragraph', attrs: { generated: null } },
        ],
      },
    });
    expect((await call<{ status: string }>('articles.get', { id: article.id })).status).toBe('approved');

    // An approved article that is edited goes back to review.
    const latest = await call<{ revision: number }>('articles.get', { id: article.id });
    await call('articles.save', { id: article.id, baseRevision: latest.revision, ...COMPLETE, title: 'Tiêu đề sửa sau khi duyệt' });
    expect((await call<{ status: string }>('articles.get', { id: article.id })).status).toBe('submitted');
    expect((await call<{ action: string }[]>('workflow.trail', { id: article.id })).at(-1)?.action).toBe('reopen');
    await services.close();
  });

  it('refuses the same transition sent twice at once (two windows), keeping state and trail consistent', async () => {
    const { services, call, head, reporter, as } = await setup();
    await as(reporter);
    const article = await call<{ id: string; revision: number }>('articles.create', {});
    await call('articles.save', { id: article.id, baseRevision: article.revision, ...COMPLETE });
    await call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' });
    await as(head, '2468');
    const results = await Promise.allSettled([
      call('workflow.transition', { id: article.id, action: 'approve', expected: 'submitted', note: '' }),
      call('workflow.transition', { id: article.id, action: 'requestChanges', expected: 'submitted', note: 'Sửa lại.' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.message).toMatch(/^Bài đã chuyển sang trạng thái khác \(Lê Thị Duyệt, /);
    const trail = await call<{ action: string }[]>('workflow.trail', { id: article.id });
    expect(trail).toHaveLength(3);
    await services.close();
  });

  it('asks for a profile before any transition, and only an approver hands out review roles', async () => {
    const { services, call, reporter, as } = await setup();
    await as(reporter);
    await expect(call('profiles.save', { name: 'Người lạ', roles: ['approver'] })).rejects.toThrow('Chỉ lãnh đạo duyệt mới giao được vai trò');
    const article = await call<{ id: string }>('articles.create', {});
    await call('profiles.select', { id: null });
    // Refused at the door, before any service: the call declares that it needs a profile.
    await expect(call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' })).rejects.toMatchObject({ code: 'NO_PROFILE', message: expect.stringContaining('Hãy chọn hồ sơ làm việc của mình') });
    await expect(call('articles.create', {})).rejects.toMatchObject({ code: 'NO_PROFILE' });
    await services.close();
  });
});

describe('opening an approved article', () => {
  it('does not send it back to review when nothing a reader sees changed', async () => {
    const { services, call, head, as } = await setup();
    await as(head, '2468');
    const article = await call<{ id: string; revision: number }>('articles.create', {});
    await call('articles.save', { id: article.id, baseRevision: article.revision, ...COMPLETE });
    await call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' });
    await call('workflow.transition', { id: article.id, action: 'approve', expected: 'submitted', note: '' });
    const approved = await call<{ revision: number; body: { content: { type: string; content?: unknown }[] } }>('articles.get', { id: article.id });
    // The editor sends the same words with its default attributes spelled out.
    const asTheEditorSendsIt = { type: 'doc', content: approved.body.content.map((node) => ({ ...node, attrs: { generated: null } })) };
    const saved = await call<{ status: string }>('articles.save', { id: article.id, baseRevision: approved.revision, ...COMPLETE, body: asTheEditorSendsIt });
    expect(saved.status).toBe('approved');
    await services.close();
  });
});

describe('one style-checker configuration', () => {
  it('the submit check uses the template’s event date and the office’s tone, as the editor does', async () => {
    const { services, call, reporter, as } = await setup();
    await as(reporter);
    const article = await call<{ id: string; revision: number }>('articles.create', {});
    const template = { templateId: 'hoi-nghi-so-ket-tong-ket', templateName: 'Hội nghị sơ kết', values: { when: '2024-01-30T14:00' }, generated: { title: '', lead: '', byline: '', blocks: {} } };
    await call('articles.save', { id: article.id, baseRevision: article.revision, ...COMPLETE, template });
    // «Chiều 29/1» in the lead, the event on 30/1: the editor underlines it as an error; the submit check now agrees.
    await expect(call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' })).rejects.toMatchObject({
      details: { problems: [expect.objectContaining({ field: 'style', rule: 'lead-date' })] },
    });
    const fixed = await call<{ revision: number }>('articles.get', { id: article.id });
    await call('articles.save', { id: article.id, baseRevision: fixed.revision, ...COMPLETE, lead: 'Chiều 30/1, UBND tỉnh tổ chức Hội nghị.', template });
    await expect(call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' })).resolves.toMatchObject({ status: 'submitted' });
    await services.close();
  });
});

describe('spelling at submission', () => {
  it('lists spelling as warnings that do not stop a submission; the office may make them block; ignored words and the office’s words are not listed', async () => {
    const { services, call, head, reporter, as } = await setup();
    await as(reporter);
    const article = await call<{ id: string; revision: number }>('articles.create', {});
    const body = paragraphs('Đồng chí phát biểu trước các dai biểu và tổ chưc đoàn thể ở xã Ia Mrơn.');
    await call('articles.save', { id: article.id, baseRevision: article.revision, ...COMPLETE, body });
    const check = await call<{ problems: unknown[]; warnings: { rule: string; message: string }[] }>('workflow.check', { id: article.id });
    expect(check.problems).toEqual([]);
    expect(check.warnings.map((warning) => warning.message)).toEqual(['Chính tả: «dai» thiếu dấu: có lẽ là «đại».', 'Chính tả: «chưc» không phải một chữ tiếng Việt: có lẽ là «chức».']);

    // Made blocking by the office: the same findings stop the submission.
    await as(head, '2468');
    await call('settings.update', { spellingBlocks: true });
    await as(reporter);
    await expect(call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' })).rejects.toMatchObject({
      details: { problems: [expect.objectContaining({ rule: 'spelling' }), expect.objectContaining({ rule: 'spelling' })] },
    });
    // «Bỏ qua» in this article and «Thêm vào từ điển» for the office: nothing left to say.
    const saved = await call<{ revision: number }>('articles.get', { id: article.id });
    await call('articles.save', { id: article.id, baseRevision: saved.revision, ...COMPLETE, body, spellingIgnored: ['dai'] });
    await call('office.addWord', { word: 'chưc' });
    expect(await call('workflow.check', { id: article.id })).toEqual({ problems: [], warnings: [] });
    await expect(call('workflow.transition', { id: article.id, action: 'submit', expected: 'draft', note: '' })).resolves.toMatchObject({ status: 'submitted' });
    await services.close();
  });

  it('a forged word for the dictionary is refused at the boundary', async () => {
    const { services, call, reporter, as } = await setup();
    await as(reporter);
    await expect(call('office.addWord', { word: 'hai từ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(call('office.addWord', { word: 'x'.repeat(61) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(call('office.addWord', { word: '<script>' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await services.close();
  });
});
