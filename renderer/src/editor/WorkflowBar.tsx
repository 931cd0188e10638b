import type { PublishJob } from '../../../shared/publish/model';
import { ACTION_LABELS, type WorkflowAction } from '../../../shared/workflow/machine';
import { PublishState } from './StatusIndicators';

interface Props {
  hasProfile: boolean;
  /** What the chosen profile may do to the article now (the workflow machine says). */
  actions: WorkflowAction[];
  job: PublishJob | null;
  onChooseProfile: () => void;
  onAction: (action: WorkflowAction) => void;
  onSend: () => void;
  onRetry: (overwrite: boolean) => void;
}

/** The article's review steps for the profile at work, sending to the portal, and where publishing is. */
export function WorkflowBar({ hasProfile, actions, job, onChooseProfile, onAction, onSend, onRetry }: Props) {
  return (
    <div className="workflow-bar" role="group" aria-label="Quy trình duyệt">
      {!hasProfile && (
        <span className="hint">
          Chưa chọn hồ sơ làm việc nên chỉ xem được bài, chưa sửa và gửi duyệt được.{' '}
          <button type="button" className="link-button" onClick={onChooseProfile}>
            Chọn hồ sơ…
          </button>
        </span>
      )}
      {actions.map((action) => (
        <button key={action} type="button" className={action === 'submit' || action === 'approve' ? 'primary' : undefined} onClick={() => onAction(action)}>
          {action === 'publish' ? 'Xuất bản lên cổng' : ACTION_LABELS[action]}
        </button>
      ))}
      <button type="button" onClick={onSend} title="Gửi lên cổng ở dạng chờ duyệt hoặc bản nháp, chưa đăng">
        Gửi lên cổng…
      </button>
      {job && <PublishState job={job} onRetry={onRetry} />}
    </div>
  );
}
