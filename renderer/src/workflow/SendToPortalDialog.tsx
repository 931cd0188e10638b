import { useState } from 'react';
import type { PublishJob } from '../../../shared/publish/model';
import { call, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';
import { PortalSelect, usePortals } from './PortalChoice';

interface Props {
  articleId: string;
  /** Flushes unsaved edits first: what goes is what the person sees. */
  beforeSend: () => Promise<void>;
  onClose: () => void;
  onSent: (job: PublishJob, text: string) => void;
}

const KINDS = {
  pending: { label: 'Chờ duyệt trên cổng', hint: 'Bài lên cổng nhưng chưa hiện cho bạn đọc; biên tập viên nhận về hoặc duyệt trên cổng.' },
  draft: { label: 'Bản nháp trên cổng', hint: 'Bài lên cổng ở dạng nháp, để xem thử với giao diện của cổng.' },
} as const;

/** Sends the article to a portal without publishing it: waiting for review there, or as a draft. */
export function SendToPortalDialog({ articleId, beforeSend, onClose, onSent }: Props) {
  const { portals, portalId, setPortalId, error: loadError } = usePortals();
  const [kind, setKind] = useState<keyof typeof KINDS>('pending');
  const [error, setError] = useState<string | null>(null);

  const send = async (): Promise<void> => {
    try {
      await beforeSend();
      const job = await call('publish.start', { id: articleId, portalId, status: kind });
      const name = portals?.find((portal) => portal.id === portalId)?.name ?? 'cổng';
      onSent(job, `Đã đưa vào hàng đợi: bài sẽ lên «${name}» (${KINDS[kind].label.toLowerCase()}) ngay khi kết nối được.`);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <Dialog
      title="Gửi lên cổng"
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Hủy
          </button>
          <button type="button" className="primary" disabled={!portalId} onClick={() => void send()}>
            Gửi
          </button>
        </>
      }
    >
      <PortalSelect portals={portals} portalId={portalId} onChange={setPortalId} />
      {portals && portals.length > 0 && (
        <fieldset className="radio-group">
          <legend>Gửi dạng</legend>
          {(Object.keys(KINDS) as (keyof typeof KINDS)[]).map((key) => (
            <label key={key} className="radio">
              <input type="radio" name="send-kind" value={key} checked={kind === key} onChange={() => setKind(key)} />
              {KINDS[key].label} <span className="hint">— {KINDS[key].hint}</span>
            </label>
          ))}
        </fieldset>
      )}
      {(error ?? loadError) && (
        <p className="error-text" role="alert">
          {error ?? loadError}
        </p>
      )}
    </Dialog>
  );
}
