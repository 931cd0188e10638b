/** Why a version of an article was kept, kept apart from the schemas so the editor loads without zod. */
export const VERSION_REASONS = ['manual', 'auto', 'before-restore', 'conflict', 'submitted', 'before-package', 'before-pull'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export const VERSION_REASON_LABELS: Record<VersionReason, string> = {
  manual: 'Lưu phiên bản (Ctrl+S)',
  auto: 'Tự động (10 phút)',
  'before-restore': 'Trước khi khôi phục',
  conflict: 'Bản bị ghi đè từ cửa sổ khác',
  submitted: 'Bản gửi duyệt',
  'before-package': 'Trước khi nhận gói bài',
  'before-pull': 'Trước khi nhận bài từ cổng',
};
