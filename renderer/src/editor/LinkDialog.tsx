import { useState } from 'react';
import { Dialog } from '../components/Dialog';

export function normalizeLink(raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  const withProtocol = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withProtocol);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

interface Props {
  initial: string;
  onApply: (href: string | null) => void;
  onClose: () => void;
}

export function LinkDialog({ initial, onApply, onClose }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const apply = (): void => {
    if (!value.trim()) {
      onApply(null);
      return;
    }
    const href = normalizeLink(value);
    if (!href) {
      setError('Địa chỉ không hợp lệ. Chỉ nhận địa chỉ web (http, https) hoặc thư điện tử (mailto).');
      return;
    }
    onApply(href);
  };
  return (
    <Dialog
      title="Liên kết"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Hủy
          </button>
          <button type="button" className="primary" onClick={apply}>
            Áp dụng
          </button>
        </>
      }
    >
      <label className="field">
        <span>Địa chỉ liên kết (để trống để bỏ liên kết)</span>
        <input
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            }
          }}
          placeholder="https://"
          autoFocus
        />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
