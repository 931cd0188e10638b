import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createServices } from '../../../electron/services/services';
import { tempDir } from '../helpers';

describe('dispatch', () => {
  it('refuses a name that is not in the contract', async () => {
    const { handlers, close } = await createServices({ dataDir: tempDir(), appVersion: 'test' });
    expect(await dispatch(handlers, 'fs.readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CALL', message: 'Yêu cầu không được hỗ trợ.' },
    });
    await close();
  });

  it('refuses wrong arguments with a Vietnamese message naming the field', async () => {
    const { handlers, close } = await createServices({ dataDir: tempDir(), appVersion: 'test' });
    const result = await dispatch(handlers, 'articles.save', { id: 'abcdef-1', baseRevision: 'one' });
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
    const result = await dispatch(broken, 'settings.get', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong đợi; dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại.' },
    });
    spy.mockRestore();
    await close();
  });

  it('answers every call of the contract end to end', async () => {
    const { handlers, close } = await createServices({ dataDir: tempDir(), appVersion: '9.9.9' });
    const info = await dispatch(handlers, 'app.info', {});
    expect(info).toEqual({ ok: true, value: { version: '9.9.9', readOnly: false, notices: [] } });
    const created = await dispatch(handlers, 'articles.create', { title: 'Thử' });
    expect(created.ok).toBe(true);
    await close();
  });
});
