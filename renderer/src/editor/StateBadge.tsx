import { useEffect, useId, useRef, useState } from 'react';
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../shared/article/status';
import { formatDateTime } from '../../../shared/format/date';
import type { PublishJob } from '../../../shared/publish/model';
import { editReopens } from '../../../shared/workflow/machine';
import type { SaveState } from './autosave';

/** What each state means for the person looking at it, and who acts next. */
const MEANING: Record<ArticleStatus, string> = {
  draft: 'Bài đang viết. Khi xong, bấm «Gửi duyệt» để biên tập viên xem.',
  submitted: 'Bài đã gửi duyệt, đang chờ biên tập viên xem.',
  changes_requested: 'Biên tập viên yêu cầu sửa: ghi chú ở «Duyệt bài». Sửa xong thì gửi duyệt lại.',
  approved: 'Bài đã được duyệt, có thể xuất bản lên cổng.',
  scheduled: 'Bài đã hẹn giờ: cổng sẽ tự đăng đúng giờ đã chọn.',
  published: 'Bài đã đăng trên cổng.',
};

interface Props {
  status: ArticleStatus;
  saveState: SaveState;
  /** How many times the article has been saved (its revision). */
  revision: number;
  job: PublishJob | null;
}

/**
 * The article's state as a compact badge in the header; a click shows the details: what the state means and who
 * acts next, whether an edit sends it back to review, when it was last saved, and where it is on the portal.
 */
export function StateBadge({ status, saveState, revision, job }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent): void => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const link = job?.state === 'done' ? job.done.link : null;
  return (
    <div
      className="state-badge"
      ref={box}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          box.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className={`status status-${status}`}
        aria-expanded={open}
        aria-controls={id}
        title="Xem chi tiết trạng thái"
        onClick={() => setOpen((value) => !value)}
      >
        <span data-testid="article-status">{ARTICLE_STATUS_LABELS[status]}</span>
      </button>
      {open && (
        <div id={id} className="state-details" role="group" aria-label="Chi tiết trạng thái bài">
          <p>{MEANING[status]}</p>
          {editReopens(status) && <p>Nếu sửa tiêu đề, sapo, thân bài hay ảnh, bài sẽ quay lại «Chờ duyệt».</p>}
          <dl>
            <dt>Lưu lần cuối</dt>
            <dd>{saveState.kind === 'saved' ? formatDateTime(saveState.at) : saveState.kind === 'error' ? 'chưa lưu được' : saveState.kind === 'pending' ? 'đang lưu…' : '—'}</dd>
            <dt>Số lần lưu</dt>
            <dd>{revision.toLocaleString('vi-VN')}</dd>
            {link && (
              <>
                <dt>Trên cổng</dt>
                <dd>
                  <a href={link} target="_blank" rel="noreferrer">
                    {link}
                  </a>
                </dd>
              </>
            )}
          </dl>
        </div>
      )}
    </div>
  );
}
