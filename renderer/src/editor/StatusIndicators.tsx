import type { PublishJob } from '../../../shared/publish/model';
import { formatTime } from '../../../shared/format/date';
import type { SaveState } from './autosave';

const SENT_LABELS: Record<PublishJob['targetStatus'], string> = {
  publish: 'Đã đăng lên cổng',
  future: 'Đã lên lịch trên cổng',
  pending: 'Đã gửi lên cổng, chờ duyệt',
  draft: 'Đã gửi lên cổng dạng nháp',
};

/** Where the article's latest publishing job is: waiting (with «Thử lại ngay»), working, failed, done. */
export function PublishState({ job, onRetry }: { job: PublishJob; onRetry: (overwrite: boolean) => void }) {
  const photos = job.progress.photosTotal ? ` — ảnh ${job.progress.photosDone}/${job.progress.photosTotal}` : '';
  if (job.state === 'done') {
    return (
      <span className="publish-state" data-testid="publish-state">
        {SENT_LABELS[job.targetStatus]}:{' '}
        <a href={job.done.link ?? '#'} target="_blank" rel="noreferrer">
          {job.done.link}
        </a>
      </span>
    );
  }
  if (job.state === 'failed' && job.conflict) {
    return (
      <span className="publish-state error-text" role="alert" data-testid="publish-state">
        {job.lastError}{' '}
        {job.done.link && (
          <a href={job.done.link} target="_blank" rel="noreferrer">
            Mở bản trên cổng
          </a>
        )}{' '}
        <button type="button" onClick={() => onRetry(true)}>
          Ghi đè bản trên cổng
        </button>
      </span>
    );
  }
  if (job.state === 'failed') {
    return (
      <span className="publish-state error-text" role="alert" data-testid="publish-state">
        Không đăng được: {job.lastError}{' '}
        <button type="button" onClick={() => onRetry(false)}>
          Thử lại
        </button>
      </span>
    );
  }
  return (
    <span className="publish-state" role="status" data-testid="publish-state">
      {job.state === 'working' ? `Đang đăng lên cổng${photos}…` : job.lastError ? `Đang chờ: ${job.lastError}` : 'Đang chờ đăng…'}
      {job.state === 'waiting' && job.lastError && (
        <>
          {' '}
          <button type="button" onClick={() => onRetry(false)}>
            Thử lại ngay
          </button>
        </>
      )}
    </span>
  );
}

/** «Đã lưu 16:30», «Đang lưu…», or why it could not be saved, with «Thử lại ngay». */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'error') {
    return (
      <span className="save-state save-error" role="alert" data-testid="save-state">
        Chưa lưu được: {state.message}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Thử lại ngay
        </button>
      </span>
    );
  }
  const text = state.kind === 'saved' ? `Đã lưu ${formatTime(state.at)}` : state.kind === 'pending' ? 'Đang lưu…' : '';
  return (
    <span className="save-state" role="status" data-testid="save-state">
      {text}
    </span>
  );
}
