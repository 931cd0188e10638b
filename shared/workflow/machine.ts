import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../article/status';

export const ROLES = ['reporter', 'photographer', 'editor', 'approver'] as const;
export type Role = (typeof ROLES)[number];

/** The roles that review others' work: they read what waits, set up the portal, pull from it. */
export const REVIEW_ROLES: readonly Role[] = ['editor', 'approver'];

export function reviews(roles: readonly Role[]): boolean {
  return roles.some((role) => REVIEW_ROLES.includes(role));
}

export const ROLE_LABELS: Record<Role, string> = {
  reporter: 'Phóng viên',
  photographer: 'Nhiếp ảnh',
  editor: 'Biên tập viên',
  approver: 'Lãnh đạo duyệt',
};

export const ACTIONS = ['submit', 'withdraw', 'requestChanges', 'approve', 'schedule', 'publish', 'reopen'] as const;
export type WorkflowAction = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: 'Gửi duyệt',
  withdraw: 'Rút lại để sửa',
  requestChanges: 'Yêu cầu sửa',
  approve: 'Duyệt',
  schedule: 'Lên lịch đăng',
  publish: 'Xuất bản',
  reopen: 'Sửa sau khi duyệt (quay lại chờ duyệt)',
};

interface Rule {
  from: ArticleStatus[];
  to: ArticleStatus;
  roles: Role[];
}

/** The written procedure: author → editor → approving head. */
export const RULES: Record<WorkflowAction, Rule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', roles: ['reporter', 'photographer', 'editor', 'approver'] },
  withdraw: { from: ['submitted'], to: 'draft', roles: ['reporter', 'photographer', 'editor', 'approver'] },
  requestChanges: { from: ['submitted'], to: 'changes_requested', roles: ['editor', 'approver'] },
  approve: { from: ['submitted'], to: 'approved', roles: ['approver'] },
  schedule: { from: ['approved'], to: 'scheduled', roles: ['editor', 'approver'] },
  publish: { from: ['approved', 'scheduled'], to: 'published', roles: ['editor', 'approver'] },
  reopen: { from: ['approved', 'scheduled', 'published'], to: 'submitted', roles: ['reporter', 'photographer', 'editor', 'approver'] },
};

export type Decision = { ok: true; to: ArticleStatus } | { ok: false; message: string };

/** May someone with these roles do this to an article in this state? The one place that decides. */
export function decide(action: WorkflowAction, from: ArticleStatus, roles: readonly Role[]): Decision {
  const rule = RULES[action];
  if (!rule.roles.some((role) => roles.includes(role))) {
    const allowed = rule.roles.map((role) => ROLE_LABELS[role]).join(', ');
    return { ok: false, message: `Hồ sơ hiện tại không có quyền «${ACTION_LABELS[action]}»; việc này dành cho: ${allowed}.` };
  }
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      message: `Không thể «${ACTION_LABELS[action]}» khi bài đang ở trạng thái «${ARTICLE_STATUS_LABELS[from]}».`,
    };
  }
  return { ok: true, to: rule.to };
}

/** The actions someone may take now, for the buttons to show. */
export function availableActions(from: ArticleStatus, roles: readonly Role[]): WorkflowAction[] {
  return ACTIONS.filter((action) => action !== 'reopen' && decide(action, from, roles).ok);
}

/** Who the article waits for: the roles whose move it is. */
export function waitingFor(status: ArticleStatus): Role[] {
  switch (status) {
    case 'submitted':
      return ['editor', 'approver'];
    case 'changes_requested':
    case 'draft':
      return ['reporter', 'photographer'];
    case 'approved':
      return ['editor', 'approver'];
    default:
      return [];
  }
}

/** The states an edit of the text takes back to review (the `reopen` rule). */
const PAST_APPROVAL: readonly ArticleStatus[] = RULES.reopen.from;

/** Whether editing the text of an article in this state sends it back to review (the editor says so first). */
export function editReopens(status: ArticleStatus): boolean {
  return PAST_APPROVAL.includes(status);
}

/** The status after a save: an approved, scheduled or published article whose text changed goes back to review. */
export function statusAfterEdit(status: ArticleStatus, changedText: boolean): ArticleStatus {
  return changedText && editReopens(status) ? RULES.reopen.to : status;
}

/**
 * The status of an article that arrives from outside — a package, a post pulled from the portal. The arrival
 * never approves or publishes anything by itself: a new article waits for review; one already here keeps its
 * state, except that an approved (scheduled, published) one whose text changed goes back to review, as an edit
 * would; a pull is a submission, so a draft here waits for review too.
 */
export function arrivalStatus(local: ArticleStatus | null, changed: boolean, submission: boolean): ArticleStatus {
  if (local === null) return 'submitted';
  if (PAST_APPROVAL.includes(local)) return changed ? 'submitted' : local;
  return submission ? 'submitted' : local;
}

/** The approval that counts (for the sign-off sheet): the last one made on this workstation, never one carried in. */
export function lastApproval<T extends { action: string; imported?: boolean }>(trail: readonly T[]): T | undefined {
  return [...trail].reverse().find((entry) => entry.action === 'approve' && !entry.imported);
}

/** The status once a job has put the article on the portal: published, or scheduled; a pending post or a draft there changes nothing here. */
export function statusOnPortal(status: ArticleStatus, sentAs: 'publish' | 'pending' | 'draft' | 'future'): ArticleStatus {
  if (sentAs === 'future') return 'scheduled';
  return sentAs === 'publish' ? 'published' : status;
}
