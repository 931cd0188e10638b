import { z } from 'zod';
import { ARTICLE_STATUSES } from '../article/status';
import { ACTIONS, ROLES } from './machine';

export const profileIdSchema = z.string().regex(/^[a-z0-9-]{6,64}$/, 'Mã hồ sơ không hợp lệ');

export const profileSchema = z.object({
  id: profileIdSchema,
  name: z.string().trim().min(2, 'Hãy nhập họ và tên').max(120),
  roles: z.array(z.enum(ROLES)).min(1, 'Hãy chọn ít nhất một vai trò'),
  /** True when choosing this profile asks for its PIN. */
  hasPin: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema>;

export const trailEntrySchema = z.object({
  at: z.number(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.enum([...ACTIONS, 'create', 'package']),
  from: z.enum(ARTICLE_STATUSES).nullable(),
  to: z.enum(ARTICLE_STATUSES),
  note: z.string().max(5_000),
  /** The version kept at a submission, for "what changed since". */
  versionId: z.string().nullable(),
  /** Written on another workstation and carried in by a package: shown as history, never counted as an approval or a signature. */
  imported: z.boolean().optional(),
});
export type TrailEntry = z.infer<typeof trailEntrySchema>;

export const commentSchema = z.object({
  id: z.string(),
  at: z.number(),
  authorId: z.string(),
  authorName: z.string(),
  /** The passage commented on, as it read then; empty for a comment on the whole article. */
  quote: z.string().max(2_000),
  text: z.string().min(1).max(5_000),
  resolved: z.boolean(),
  resolvedAt: z.number().nullable(),
  resolvedBy: z.string().nullable(),
});
export type Comment = z.infer<typeof commentSchema>;
