import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { formatDateTime } from '../../../shared/format/date';
import { call, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';
import { PortalSelect, usePortals } from './PortalChoice';

type Pending = CallOutput<'portals.pending'>[number];

interface Props {
  onClose: () => void;
  onPulled: (articleId: string) => void;
}

/**
 * What waits for review on the portal (sent by reporters' workstations): a list per portal, and «Nhận về»
 * brings an article in with its photos, ready for review here.
 */
export function PortalInbox({ onClose, onPulled }: Props) {
  const { portals, portalId, setPortalId, error } = usePortals();
  const [items, setItems] = useState<Pending[] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    if (error) setMessage({ error: true, text: error });
  }, [error]);

  const load = useCallback(async () => {
    if (!portalId) return;
    setItems(null);
    setMessage({ error: false, text: 'Đang lấy danh sách từ cổng…' });
    try {
      setItems(await call('portals.pending', { id: portalId }));
      setMessage(null);
    } catch (error) {
      setMessage({ error: true, text: errorMessage(error) });
    }
  }, [portalId]);
  useEffect(() => {
    void load();
  }, [load]);

  const pull = async (item: Pending): Promise<void> => {
    setBusy(item.postId);
    setMessage({ error: false, text: `Đang nhận «${item.title}» và ảnh của bài…` });
    try {
      const article = await call('portals.pull', { id: portalId, postId: item.postId });
      onPulled(article.id);
    } catch (error) {
      setMessage({ error: true, text: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog
      title="Bài chờ duyệt trên cổng"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void load()} disabled={!portalId}>
            Làm mới
          </button>
          <button type="button" onClick={onClose}>
            Đóng
          </button>
        </>
      }
    >
      <PortalSelect portals={portals} portalId={portalId} onChange={setPortalId} />
      {message && (
        <p className={message.error ? 'error-text' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {items && items.length === 0 && <p className="hint">Không có bài nào chờ duyệt trên cổng.</p>}
      {items && items.length > 0 && (
        <ul className="profile-list" aria-label="Bài chờ duyệt trên cổng">
          {items.map((item) => (
            <li key={item.postId} className="toolbar-row">
              <span>
                <strong>{item.title || '(chưa có tiêu đề)'}</strong>
                <span className="hint">
                  {' '}
                  · {item.author || 'không rõ người gửi'} · {formatDateTime(Date.parse(item.modified))}
                  {item.here ? ' · đã có trên máy này' : ''}
                </span>
              </span>
              <button type="button" className={item.here ? undefined : 'primary'} disabled={busy !== null} onClick={() => void pull(item)} aria-label={`Nhận về: ${item.title}`}>
                {busy === item.postId ? 'Đang nhận…' : item.here ? 'Nhận lại' : 'Nhận về'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
