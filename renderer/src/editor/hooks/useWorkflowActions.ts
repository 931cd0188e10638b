import { useReducer, useState } from 'react';
import { ARTICLE_STATUS_LABELS } from '../../../../shared/article/status';
import { formatDateTime } from '../../../../shared/format/date';
import { ACTION_LABELS, availableActions, type WorkflowAction } from '../../../../shared/workflow/machine';
import { ApiCallError, call } from '../../api';
import { useToast } from '../../components/toast';
import { useProfile } from '../../workflow/profile-context';
import type { ArticleDraft } from '../draft/article-draft';
import { usePublishJob } from './usePublishJob';

/**
 * The article's review steps and publishing for the profile at work: what it may do now (the workflow machine
 * says), each step after the pending save with the status it expects, the publishing job followed by events, and
 * the reasons a submission was refused. `reviewKey` changes whenever the trail did (the review panel reloads).
 */
export function useWorkflowActions(articleId: string, draft: ArticleDraft, autosave: { flush: () => Promise<void> }) {
  const toast = useToast();
  const profile = useProfile();
  const [reviewKey, trailChanged] = useReducer((key: number) => key + 1, 0);
  const [problems, setProblems] = useState<string[] | null>(null);
  /** Spelling warnings found before a submission: said first, and the person sends anyway or fixes. */
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const [job, setJob] = usePublishJob(articleId, (fresh) => {
    draft.adopt(fresh);
    trailChanged();
  });
  const status = draft.current.status;
  const actions = profile ? availableActions(status, profile.roles) : [];

  const publish = async (at?: number): Promise<void> => {
    try {
      await autosave.flush();
      const portals = await call('portals.list', {});
      if (portals.length === 0) {
        toast.show('Chưa cài đặt cổng: vào «Cài đặt» → Cổng thông tin.', { tone: 'error' });
        return;
      }
      setJob(await call('publish.start', { id: articleId, portalId: portals[0].id, ...(at ? { at } : {}) }));
      toast.show(
        at
          ? `Đã đưa vào hàng đợi: cổng «${portals[0].name}» sẽ tự đăng bài lúc ${formatDateTime(at)}.`
          : `Đã đưa vào hàng đợi đăng lên «${portals[0].name}»; bài sẽ lên cổng ngay khi kết nối được.`,
      );
    } catch (error) {
      toast.error(error);
    }
  };

  /** One step of the workflow (with the reviewer's note where it asks for one). */
  const run = async (action: WorkflowAction, note = '', checked = false): Promise<void> => {
    if (action === 'publish') return publish();
    try {
      await autosave.flush();
      if (action === 'submit' && !checked) {
        // The services' own check first: what stops it is said as before; spelling warnings are asked about.
        const check = await call('workflow.check', { id: articleId });
        if (check.problems.length === 0 && check.warnings.length > 0) {
          setWarnings(check.warnings.map((warning) => warning.message));
          return;
        }
      }
      const moved = await call('workflow.transition', { id: articleId, action, expected: draft.current.status, note });
      draft.adopt(moved);
      trailChanged();
      toast.show(`${ACTION_LABELS[action]}: xong. Bài đang ở trạng thái «${ARTICLE_STATUS_LABELS[moved.status]}».`);
    } catch (error) {
      const listed = error instanceof ApiCallError ? error.details.problems : undefined;
      if (listed?.length) setProblems(listed.map((problem) => problem.message));
      else toast.error(error);
    }
  };

  const retry = (overwrite: boolean): void => {
    if (job) void call('publish.retry', { jobId: job.id, overwrite }).then(setJob, (error: unknown) => toast.error(error));
  };

  const submitAnyway = (): void => {
    setWarnings(null);
    void run('submit', '', true);
  };

  return { profile, actions, run, publish, job, setJob, retry, reviewKey, problems, closeProblems: () => setProblems(null), warnings, closeWarnings: () => setWarnings(null), submitAnyway };
}
