import { z } from 'zod';
import { templateBindingSchema } from '../templates/model';
import { ARTICLE_STATUSES, type ArticleStatus } from './status';
import { VERSION_REASONS, type VersionReason } from './version-reasons';

export { ARTICLE_STATUSES, ARTICLE_STATUS_LABELS } from './status';
export { VERSION_REASONS, VERSION_REASON_LABELS } from './version-reasons';
export type { VersionReason };

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export type { ArticleStatus };

export const articleIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{5,63}$/, 'Mã bài viết không hợp lệ');

const MAX_DEPTH = 40;

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: DocNode[];
  text?: string;
}

const markSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

function nodeSchemaAt(depth: number): z.ZodType<DocNode, DocNode> {
  return z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z.array(markSchema).max(32).optional(),
    text: z.string().max(1_000_000).optional(),
    content:
      depth >= MAX_DEPTH
        ? z.array(z.never()).max(0).optional()
        : z.lazy(() => z.array(nodeSchemaAt(depth + 1)).max(100_000)).optional(),
  }) as unknown as z.ZodType<DocNode, DocNode>;
}

/** A TipTap (ProseMirror) JSON document: `{ type: 'doc', content: [...] }`. */
export const docSchema = nodeSchemaAt(0).refine((node) => node.type === 'doc', {
  message: 'Nội dung bài viết phải là một tài liệu (doc)',
});

/** Blocks of a body sent as a change (shared/article/body-change.ts): nodes one level below the document. */
const BLOCKS_LIMIT = 100_000;
export const bodyChangeSchema = z
  .object({
    blocks: z.number().int().nonnegative().max(BLOCKS_LIMIT),
    from: z.number().int().nonnegative(),
    to: z.number().int().nonnegative(),
    nodes: z.array(nodeSchemaAt(1)).max(BLOCKS_LIMIT),
  })
  .strict()
  .refine((change) => change.from <= change.to && change.to <= change.blocks, { message: 'Phần nội dung đã đổi không hợp lệ.' });

export const EMPTY_DOC: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };

const text = (max: number) => z.string().max(max);

/** A field people type, with a message that says which one and how long it may be. */
const typed = (what: string, max: number) =>
  z.string().max(max, {
    error: (issue) =>
      `${what} quá dài (${typeof issue.input === 'string' ? issue.input.length.toLocaleString('vi-VN') : 'nhiều'} ký tự; tối đa ${max.toLocaleString('vi-VN')}). Hãy rút gọn để lưu được; phần đã viết vẫn còn trên màn hình.`,
  });

export const articleSchema = z.object({
  id: articleIdSchema,
  title: text(1_000),
  lead: text(10_000),
  body: docSchema,
  byline: text(1_000),
  author: text(200),
  status: articleStatusSchema,
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  deletedAt: z.number().int().nonnegative().nullable(),
  revision: z.number().int().nonnegative(),
  /** The template the article was written from, its field values and what it generated. */
  template: templateBindingSchema.nullable().optional(),
  /** The portal's categories (chuyên mục); at least one before submitting. */
  categories: z.array(z.string().max(100)).max(20).optional(),
  /** Keywords (thẻ) for the portal; created there when missing. */
  tags: z.array(z.string().max(100)).max(30).optional(),
  /** Words spelling leaves alone in this article («Bỏ qua»). */
  spellingIgnored: z.array(z.string().max(60)).max(500).optional(),
});
export type Article = z.infer<typeof articleSchema>;

export const articleSummarySchema = z.object({
  id: articleIdSchema,
  title: z.string(),
  status: articleStatusSchema,
  author: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  deletedAt: z.number().nullable(),
  wordCount: z.number().int().nonnegative(),
  excerpt: z.string(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const versionReasonSchema = z.enum(VERSION_REASONS);

export const versionIdSchema = z.string().regex(/^[0-9]{13}-[a-z0-9]{6,12}$/, 'Mã phiên bản không hợp lệ');

export const versionSummarySchema = z.object({
  id: versionIdSchema,
  articleId: articleIdSchema,
  createdAt: z.number(),
  reason: versionReasonSchema,
  title: z.string(),
  wordCount: z.number().int().nonnegative(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionSchema = versionSummarySchema.extend({
  lead: z.string(),
  body: docSchema,
  byline: z.string(),
  /**
   * Who the article belongs to, kept so that an article put back from a version keeps its author when the library's
   * index, the other place that knows it, is damaged too (the workflow finds a reporter's returned articles by it).
   * Versions written before it have none.
   */
  author: z.string().max(200).optional(),
});
export type Version = z.infer<typeof versionSchema>;

/** What an editor sends when it saves: the text, never the bookkeeping. */
export const articleContentSchema = z.object({
  title: typed('Tiêu đề', 1_000),
  lead: typed('Sapo', 10_000),
  body: docSchema,
  byline: typed('Dòng ký tên', 1_000),
  template: templateBindingSchema.nullable().optional(),
  categories: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  spellingIgnored: z.array(z.string().trim().min(1).max(60)).max(500).optional(),
});
export type ArticleContent = z.infer<typeof articleContentSchema>;
