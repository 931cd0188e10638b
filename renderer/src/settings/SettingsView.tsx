import { call } from '../api';
import { useToast } from '../components/toast';
import { useOffice } from '../office/office-context';
import { PortalSettings } from '../office/PortalSettings';

/** The workstation's settings in one place: the office's writing style, photos, and the portal (an editor's). */
export function SettingsView() {
  const { settings, refresh } = useOffice();
  const toast = useToast();
  if (!settings) return null;
  const update = async (patch: Parameters<typeof call<'settings.update'>>[1]): Promise<void> => {
    try {
      await call('settings.update', patch);
      await refresh();
    } catch (caught) {
      toast.error(caught);
    }
  };
  return (
    <section className="settings" aria-labelledby="settings-title">
      <div className="view-header">
        <h1 id="settings-title">Cài đặt</h1>
      </div>
      <h2>Văn phong</h2>
      <fieldset>
        <legend>Cách bỏ dấu thanh của cơ quan</legend>
        {(
          [
            ['old', 'Kiểu cũ: hòa, khỏe, thủy, Ủy ban'],
            ['new', 'Kiểu mới: hoà, khoẻ, thuỷ, Uỷ ban'],
            ['auto', 'Chưa chọn: chỉ nhắc khi một bài dùng lẫn hai kiểu'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="radio">
            <input type="radio" name="tone" value={value} checked={settings.toneStyle === value} onChange={() => void update({ toneStyle: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="radio">
        <input type="checkbox" checked={settings.checkWhileTyping} onChange={(event) => void update({ checkWhileTyping: event.target.checked })} />
        Gạch chân lỗi ngay khi gõ (tắt thì chỉ kiểm tra khi mở bảng «Kiểm tra»)
      </label>
      <label className="radio">
        <input type="checkbox" checked={settings.spellingCheck} onChange={(event) => void update({ spellingCheck: event.target.checked })} />
        Kiểm tra chính tả (gạch đỏ chữ có thể viết sai; từ riêng của cơ quan thêm ở «Danh bạ → Chính tả»)
      </label>
      <label className="radio">
        <input type="checkbox" checked={settings.spellingBlocks} disabled={!settings.spellingCheck} onChange={(event) => void update({ spellingBlocks: event.target.checked })} />
        Lỗi chính tả chặn gửi duyệt (tắt thì chỉ nhắc trước khi gửi)
      </label>
      <h2>Ảnh</h2>
      <fieldset>
        <legend>Bản ảnh đưa lên cổng (áp dụng cho ảnh nhập từ nay)</legend>
        <label className="field">
          <span className="field-caption">Cạnh dài nhất (điểm ảnh, 480–6000)</span>
          <select value={settings.photoLongestSide} onChange={(event) => void update({ photoLongestSide: Number(event.target.value) })}>
            {[1024, 1280, 1600, 1920, 2048, 2560].map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-caption">Chất lượng JPEG (40–100)</span>
          <select value={settings.photoQuality} onChange={(event) => void update({ photoQuality: Number(event.target.value) })}>
            {[70, 75, 80, 82, 85, 90, 95].map((quality) => (
              <option key={quality} value={quality}>
                {quality}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <h2>Cổng thông tin</h2>
      <PortalSettings />
    </section>
  );
}
