/** The states of an article, kept apart from the schemas so the library screen loads without zod. */
export const ARTICLE_STATUSES = ['draft', 'submitted', 'changes_requested', 'approved', 'scheduled', 'published'] as const;

export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Nháp',
  submitted: 'Chờ duyệt',
  changes_requested: 'Yêu cầu sửa',
  approved: 'Đã duyệt',
  scheduled: 'Đã lên lịch',
  published: 'Đã xuất bản',
};
