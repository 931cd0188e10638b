import { describe, expect, it, vi } from 'vitest';
import { ACCESS_LEVELS } from '../../../shared/api/access';
import { CALL_NAMES } from '../../../shared/api/channels';
import { contract, type ApiHandlers } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/services';
import { Sessions } from '../../../electron/services/session';
import { tempDir } from '../helpers';

const anonymous = () => new Sessions().get('test');

describe('dispatch', () => {
  it('refuses a name that is not in the contract', async () => {
    const { handlers, close } = await createServices({ dataDir: tempDir(), appVersion: 'test' });
    expect(await dispatch(handlers, 'fs.readFile', { path: '/etc/passwd' }, anonymous())).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Yêu cầu không được hỗ trợ.' },
    });
    await close();
  });

  it('refuses wrong arguments with a Vietnamese message naming the field', async () => {
    const { handlers, close, office } = await createServices({ dataDir: tempDir(), appVersion: 'test' });
    const session = anonymous();
    session.profile = await office.saveProfile({ name: 'Ngô Giang Sơn', roles: ['reporter'] }, null);
    const result = await dispatch(handlers, 'articles.save', { id: 'abcdef-1', baseRevision: 'one' }, session);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ \(trường «[a-zA-Z]+»\)/);
    }
    await close();
  });

  it('hides internal failures behind a message a person can act on', async () => {
    const { handlers, close } = await createServices({ dataDir: tempDir(), appVersion: 'test' });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...handlers, 'settings.get': async () => Promise.reject(new Error('/secret/path exploded')) };
    const result = await dispatch(broken, 'settings.get', {}, anonymous());
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong đợi; dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại.' },
    });
    spy.mockRestore();
    await close();
  });

  it('answers calls end to end, each in its own session', async () => {
    const { handlers, close, sessions } = await createServices({ dataDir: tempDir(), appVersion: '9.9.9' });
    const window1 = sessions.get('window:1');
    const window2 = sessions.get('window:2');
    expect(await dispatch(handlers, 'app.info', {}, window1)).toEqual({ ok: true, value: { version: '9.9.9', readOnly: false, notices: [], noticesRevision: expect.any(Number) } });
    // Writing needs a profile chosen in this session; choosing one in a window does not choose it in another.
    expect(await dispatch(handlers, 'articles.create', { title: 'Thử' }, window1)).toMatchObject({ ok: false, error: { code: 'NO_PROFILE' } });
    const made = await dispatch(handlers, 'profiles.save', { name: 'Ngô Giang Sơn', roles: ['reporter'] }, window1);
    expect(made.ok).toBe(true);
    await dispatch(handlers, 'profiles.select', { id: (made as { value: { id: string } }).value.id }, window1);
    expect(await dispatch(handlers, 'articles.create', { title: 'Thử' }, window1)).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'articles.create', { title: 'Thử' }, window2)).toMatchObject({ ok: false, error: { code: 'NO_PROFILE' } });
    expect(await dispatch(handlers, 'profiles.list', {}, window2)).toMatchObject({ ok: true, value: { currentId: null } });
    await close();
  });
});

describe('the contract walk', () => {
  const reporter = { id: 'p-reporter', name: 'Ngô Giang Sơn', roles: ['reporter' as const], hasPin: false };
  const editor = { id: 'p-editor', name: 'Lê Thị Duyệt', roles: ['editor' as const], hasPin: false };
  const recorded: string[] = [];
  const handlers = new Proxy({} as ApiHandlers, {
    get: (_target, name: string) => async () => {
      recorded.push(name);
      return null;
    },
  });
  const as = (profile: typeof reporter | typeof editor | null) => {
    const session = anonymous();
    session.profile = profile;
    return session;
  };

  it('every call declares what it needs, and the door refuses a session without it before any service runs', async () => {
    // The stand-in services answer nothing the contract accepts: that failure is not what is tested here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const name of CALL_NAMES) {
      const access = contract[name].access;
      expect(ACCESS_LEVELS, name).toContain(access);
      recorded.length = 0;
      const nobody = await dispatch(handlers, name, {}, as(null));
      const reachedWithoutProfile = recorded.includes(name);
      const byReporter = await dispatch(handlers, name, { id: 'p-someone-else' }, as(reporter));
      const byEditor = await dispatch(handlers, name, {}, as(editor));
      const refused = (result: Awaited<ReturnType<typeof dispatch>>) => !result.ok && (result.error.code === 'UNAUTHORIZED' || result.error.code === 'NO_PROFILE');
      switch (access) {
        case 'open':
          expect(refused(nobody), name).toBe(false);
          break;
        case 'profile':
          expect(refused(nobody), name).toBe(true);
          expect(reachedWithoutProfile, name).toBe(false);
          expect(refused(byEditor), name).toBe(false);
          break;
        case 'editor':
          expect(refused(nobody), name).toBe(true);
          expect(reachedWithoutProfile, name).toBe(false);
          expect(refused(byReporter), name).toBe(true);
          expect(refused(byEditor), name).toBe(false);
          break;
        case 'self-or-approver':
          // Another person's profile: refused to a reporter; a new one (no id) is for the services to judge.
          expect(refused(byReporter), name).toBe(true);
          expect(refused(await dispatch(handlers, name, { id: 'p-reporter' }, as(reporter))), name).toBe(false);
          expect(refused(nobody), name).toBe(false);
          break;
      }
    }
    const open = CALL_NAMES.filter((name) => contract[name].access === 'open');
    expect(open.length).toBeLessThan(CALL_NAMES.length / 2);
    for (const name of ['articles.save', 'workflow.transition', 'portals.save', 'package.import', 'photos.add'] as const) expect(contract[name].access).not.toBe('open');
    quiet.mockRestore();
  });
});

describe('text at the door', () => {
  it('composes every string a call brings (NFC), deep in an article’s body too, and leaves bytes alone', async () => {
    const { appServices } = await import('../helpers');
    const { call, signIn, services } = await appServices();
    await signIn();
    const decomposed = 'Ủy ban nhân dân tỉnh'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const official = await call<{ name: string; organisation: string }>('office.saveOfficial', { name: `Nguyễn Văn A`.normalize('NFD'), titles: ['Chủ tịch'], organisation: decomposed });
    expect(official.organisation).toBe('Ủy ban nhân dân tỉnh');
    const created = await call<{ id: string; revision: number }>('articles.create', {});
    await call('articles.save', { id: created.id, baseRevision: created.revision, title: decomposed, lead: '', byline: '', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: decomposed }] }] } });
    const article = await call<{ title: string; body: { content: { content: { text: string }[] }[] } }>('articles.get', { id: created.id });
    expect(article.title).toBe('Ủy ban nhân dân tỉnh');
    expect(article.body.content[0].content[0].text).toBe('Ủy ban nhân dân tỉnh');
    await services.close();
  });
});
