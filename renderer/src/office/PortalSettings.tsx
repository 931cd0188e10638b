import { useCallback, useEffect, useState } from 'react';
import type { Portal } from '../../../shared/publish/model';
import { call, errorMessage } from '../api';

const EMPTY = { id: undefined as string | undefined, name: 'Cổng thông tin điện tử tỉnh', url: '', user: '', password: '' };

/** The portals this workstation publishes to: address, account, application password (kept sealed), and a connection test. */
export function PortalSettings() {
  const [portals, setPortals] = useState<Portal[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(async () => setPortals(await call('portals.list', {})), []);
  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  const save = async (): Promise<void> => {
    try {
      const saved = await call('portals.save', {
        ...(form.id ? { id: form.id } : {}),
        name: form.name,
        url: form.url,
        user: form.user,
        ...(form.password ? { password: form.password } : {}),
      });
      setForm({ ...EMPTY, ...saved, password: '' });
      await load();
      setResult({ ok: true, text: 'Đã lưu. Mật khẩu được cất mã hóa, không hiện lại.' });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error) });
    }
  };

  const test = async (id: string): Promise<void> => {
    setResult({ ok: true, text: 'Đang kiểm tra…' });
    try {
      const answer = await call('portals.test', { id });
      setResult({
        ok: answer.canPublish,
        text: `Kết nối được «${answer.siteName}» với tài khoản ${answer.userName}. ${answer.canPublish ? 'Tài khoản được đăng bài.' : 'Tài khoản KHÔNG có quyền đăng bài: hãy dùng tài khoản biên tập viên.'}${answer.canUpload ? '' : ' Không được tải ảnh lên.'}`,
      });
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error) });
    }
  };

  return (
    <fieldset>
      <legend>Cổng thông tin (WordPress)</legend>
      <ul className="profile-list" aria-label="Các cổng">
        {portals.map((portal) => (
          <li key={portal.id} className="toolbar-row">
            <strong>{portal.name}</strong> <span className="hint">{portal.url} · {portal.user}</span>
            <button type="button" onClick={() => setForm({ ...EMPTY, ...portal, password: '' })}>
              Sửa
            </button>
            <button type="button" onClick={() => void test(portal.id)}>
              Kiểm tra kết nối
            </button>
          </li>
        ))}
      </ul>
      <form
        className="profile-form"
        aria-label={form.id ? 'Sửa cổng' : 'Thêm cổng'}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field-caption">Tên cổng</span>
          <input value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        </label>
        <label className="field">
          <span className="field-caption">Địa chỉ cổng</span>
          <input value={form.url} placeholder="https://tinh.gov.vn" onChange={(event) => setForm({ ...form, url: event.target.value })} />
        </label>
        <label className="field">
          <span className="field-caption">Tài khoản trên cổng</span>
          <input value={form.user} onChange={(event) => setForm({ ...form, user: event.target.value })} />
        </label>
        <label className="field">
          <span className="field-caption">Mật khẩu ứng dụng (WordPress → Hồ sơ → Mật khẩu ứng dụng){form.id ? '; để trống để giữ mật khẩu cũ' : ''}</span>
          <input type="password" value={form.password} onChange={(event) => setForm({ ...form, password: event.target.value })} autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          {form.id ? 'Lưu cổng' : 'Thêm cổng'}
        </button>
      </form>
      {result && (
        <p className={result.ok ? 'hint' : 'error-text'} role={result.ok ? 'status' : 'alert'} data-testid="portal-result">
          {result.text}
        </p>
      )}
    </fieldset>
  );
}
