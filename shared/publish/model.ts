import { z } from 'zod';

export const portalIdSchema = z.string().regex(/^[a-z0-9-]{6,64}$/, 'Mã cổng không hợp lệ');

/** WordPress (REST API, application password) or a portal that implements docs/portal-api.yaml (bearer token). */
export const PORTAL_KINDS = ['wordpress', 'generic'] as const;

export const portalSchema = z.object({
  id: portalIdSchema,
  kind: z.enum(PORTAL_KINDS),
  name: z.string().trim().min(1, 'Hãy đặt tên cho cổng').max(120),
  url: z.string().trim().url('Địa chỉ cổng không hợp lệ').max(500),
  /** The WordPress account (for the generic API: a name to remember the token by, may be empty). */
  user: z.string().trim().max(120),
  /** Where an article without a category goes. */
  defaultCategory: z.string().max(200),
  /** "Submit for review" also sends the article to this portal as pending (team work through the portal). */
  sendOnSubmit: z.boolean(),
  /** True when a password is stored (never the password itself). */
  hasPassword: z.boolean(),
});
export type Portal = z.infer<typeof portalSchema>;

export const portalInputSchema = z
  .object({
    id: portalIdSchema.optional(),
    kind: z.enum(PORTAL_KINDS).optional(),
    name: z.string().trim().min(1, 'Hãy đặt tên cho cổng').max(120),
    url: z.string().trim().url('Địa chỉ cổng không hợp lệ (ví dụ https://tinh.gov.vn)').max(500),
    user: z.string().trim().max(120),
    defaultCategory: z.string().trim().max(200).optional(),
    sendOnSubmit: z.boolean().optional(),
    /** An application password (WordPress) or a token (generic API); empty keeps the stored one. */
    password: z.string().max(2000).optional(),
  })
  .strict();
export type PortalInput = z.infer<typeof portalInputSchema>;

/** A portal's id for a post or a photo, as text. Jobs written before 0.2 kept WordPress's numbers. */
const portalItemId = z.union([z.string().min(1).max(200), z.number().int().transform(String)]);

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
    media: z.record(z.string(), z.object({ id: portalItemId, url: z.string() })),
    postId: portalItemId.nullable(),
    link: z.string().nullable(),
    modified: z
      .string()
      // Jobs written before 0.2 kept WordPress's time without its zone (it is UTC).
      .transform((time) => (/(Z|[+-]\d\d:\d\d)$/.test(time) ? time : `${time}Z`))
      .nullable()
      .optional(),
    fingerprint: z.string().nullable().optional(),
  }),
  /** The post was changed on the portal since our last publish: a person chooses. */
  conflict: z.boolean().optional(),
  /** Chosen after a conflict: overwrite the portal's version. */
  overwrite: z.boolean().optional(),
});
export type PublishJob = z.infer<typeof jobSchema>;
