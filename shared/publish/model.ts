import { z } from 'zod';

export const portalIdSchema = z.string().regex(/^[a-z0-9-]{6,64}$/, 'Mã cổng không hợp lệ');

export const portalSchema = z.object({
  id: portalIdSchema,
  name: z.string().trim().min(1, 'Hãy đặt tên cho cổng').max(120),
  url: z.string().trim().url('Địa chỉ cổng không hợp lệ').max(500),
  user: z.string().trim().min(1, 'Hãy nhập tài khoản trên cổng').max(120),
  /** True when a password is stored (never the password itself). */
  hasPassword: z.boolean(),
});
export type Portal = z.infer<typeof portalSchema>;

export const JOB_STATES = ['waiting', 'working', 'done', 'failed'] as const;

export const jobSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  portalId: z.string(),
  targetStatus: z.enum(['publish', 'pending', 'draft', 'future']),
  state: z.enum(JOB_STATES),
  attempts: z.number().int(),
  nextAt: z.number(),
  lastError: z.string().nullable(),
  requestedBy: z.string(),
  /** For a scheduled post: when the portal publishes it (epoch ms). */
  scheduledAt: z.number().nullable().optional(),
  createdAt: z.number(),
  doneAt: z.number().nullable(),
  progress: z.object({ photosDone: z.number().int(), photosTotal: z.number().int(), post: z.boolean() }),
  done: z.object({
    media: z.record(z.string(), z.object({ id: z.number().int(), url: z.string() })),
    postId: z.number().int().nullable(),
    link: z.string().nullable(),
    modified: z.string().nullable().optional(),
  }),
  /** The post was changed on the portal since our last publish: a person chooses. */
  conflict: z.boolean().optional(),
  /** Chosen after a conflict: overwrite the portal's version. */
  overwrite: z.boolean().optional(),
});
export type PublishJob = z.infer<typeof jobSchema>;
