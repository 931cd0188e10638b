import { useCallback, useEffect, useState } from 'react';
import type { Portal } from '../../../shared/publish/model';

type PortalKind = Portal['kind'];
import { call, errorMessage } from '../api';

const EMPTY = {
  id: undefined as string | undefined,
  kind: 'wordpress' as PortalKind,
  name: 'Cổng thông tin điện tử tỉnh',
  url: '',
  user: '',
  defaultCategory: '',
  sendOnSubmit: false,
  password: '',
};

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
        kind: form.kind,
        name: form.name,
        url: form.url,
        user: form.user,
        defaultCategory: form.defaultCategory,
        sendOnSubmit: form.sendOnSubmit,
        ...(form.password ? { password: form.password } : {}),
      });
      setForm({ ...EMPTY, ...saved, password: '' });
      await load();
      setResult({ ok: true, text: `Đã lưu. ${form.kind === 'wordpress' ? 'Mật khẩu' : 'Mã truy cập'} được cất mã hóa, không hiện lại.` });
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
      <legend>Cổng thông tin</legend>
      <ul className="profile-list" aria-label="Các cổng">
        {portals.map((portal) => (
          <li key={portal.id} className="toolbar-row">
            <strong>{portal.name}</strong> <span className="hint">
              {portal.kind === 'wordpress' ? 'WordPress' : 'API cổng'} · {portal.url}
              {portal.user ? ` · ${portal.user}` : ''}
              {portal.defaultCategory ? ` · chuyên mục mặc định: ${portal.defaultCategory}` : ''}
              {portal.sendOnSubmit ? ' · gửi duyệt qua cổng' : ''}
            </span>
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
          <span className="field-caption">Loại cổng</span>
          <select value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value as PortalKind })}>
            <option value="wordpress">WordPress (REST API, mật khẩu ứng dụng)</option>
            <option value="generic">Cổng khác theo giao thức của Tòa soạn (mã truy cập)</option>
          </select>
        </label>
        <label className="field">
          <span className="field-caption">Tên cổng</span>
          <input value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        </label>
        <label className="field">
          <span className="field-caption">Địa chỉ {form.kind === 'wordpress' ? 'cổng' : 'API của cổng'}</span>
          <input
            value={form.url}
            placeholder={form.kind === 'wordpress' ? 'https://tinh.gov.vn' : 'https://tinh.gov.vn/api/toasoan/v1'}
            onChange={(event) => setForm({ ...form, url: event.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-caption">{form.kind === 'wordpress' ? 'Tài khoản trên cổng' : 'Tên gợi nhớ của mã truy cập (không bắt buộc)'}</span>
          <input value={form.user} onChange={(event) => setForm({ ...form, user: event.target.value })} />
        </label>
        <label className="field">
          <span className="field-caption">
            {form.kind === 'wordpress' ? 'Mật khẩu ứng dụng (WordPress → Hồ sơ → Mật khẩu ứng dụng)' : 'Mã truy cập (token) do cổng cấp'}
            {form.id ? '; để trống để giữ cái cũ (đổi địa chỉ, loại cổng hay tài khoản thì phải nhập lại)' : ''}
          </span>
          <input type="password" value={form.password} onChange={(event) => setForm({ ...form, password: event.target.value })} autoComplete="off" />
        </label>
        <label className="field">
          <span className="field-caption">Chuyên mục mặc định (cho bài chưa chọn chuyên mục)</span>
          <input value={form.defaultCategory} placeholder="Không bắt buộc (ví dụ: Tin tức - Sự kiện)" onChange={(event) => setForm({ ...form, defaultCategory: event.target.value })} />
        </label>
        <label className="radio">
          <input type="checkbox" checked={form.sendOnSubmit} onChange={(event) => setForm({ ...form, sendOnSubmit: event.target.checked })} />
          Gửi duyệt qua cổng: khi bấm «Gửi duyệt», bài cũng lên cổng ở dạng chờ duyệt, để máy của biên tập viên nhận về
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
