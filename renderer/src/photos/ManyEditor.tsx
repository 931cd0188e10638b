import { useState } from 'react';

/** The photos selected together: one credit for all, pick them, delete them. */
export function ManyEditor({ count, onCredit, onStar, onDelete }: { count: number; onCredit: (credit: string) => void; onStar: (starred: boolean) => void; onDelete: () => void }) {
  const [credit, setCredit] = useState('');
  return (
    <div className="caption-editor">
      <p>
        <strong>Đang chọn {count} ảnh.</strong>
      </p>
      <p className="hint">Kéo một ảnh đang chọn để chuyển cả {count} ảnh sang chỗ khác trong lưới.</p>
      <label className="field-caption" htmlFor="many-credit">
        Tác giả ảnh cho tất cả ảnh đang chọn
      </label>
      <input id="many-credit" value={credit} onChange={(changed) => setCredit(changed.target.value)} placeholder="Tên người chụp" />
      <div className="toolbar-row">
        <button type="button" className="primary" onClick={() => onCredit(credit)} disabled={!credit.trim()}>
          Ghi tác giả cho {count} ảnh
        </button>
        <button type="button" onClick={() => onStar(true)}>
          ★ Chọn tất cả
        </button>
        <button type="button" className="quiet danger-text" onClick={onDelete}>
          Xóa {count} ảnh
        </button>
      </div>
    </div>
  );
}
