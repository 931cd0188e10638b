import { z } from 'zod';
import { ARCHIVE_ID } from '../search/ids';
import {
  articleContentSchema,
  bodyChangeSchema,
  docSchema,
  articleIdSchema,
  articleSchema,
  articleStatusSchema,
  articleSummarySchema,
  versionIdSchema,
  versionSchema,
  versionSummarySchema,
} from '../article/model';
import { abbreviationSchema, codeSchema, confusionSchema, dictionaryWordSchema, officialIdSchema, officialSchema } from '../office/model';
import { templateIdSchema, templateSchema, templateSummarySchema } from '../templates/model';
import { MAX_PHOTO_BYTES, photoEditSchema, photoIdSchema, photoSchema } from '../media/model';
import { ACTIONS, ROLES } from '../workflow/machine';
import { commentSchema, profileIdSchema, profileSchema, trailEntrySchema } from '../workflow/model';
import { jobSchema, portalIdSchema, portalInputSchema, portalSchema } from '../publish/model';
import type { Access } from './access';
import type { CallName } from './channels';

export const noticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: z.number(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const TONE_STYLES = ['auto', 'old', 'new'] as const;

export const settingsSchema = z.object({
  authorName: z.string().max(200),
  /** Tone placement the office writes: 'old' hòa/Ủy, 'new' hoà/Uỷ, 'auto' only flags an article that mixes both. */
  toneStyle: z.enum(TONE_STYLES),
  /** Run the style checker while typing (it always runs on demand and before submitting). */
  checkWhileTyping: z.boolean(),
  /** Check spelling with the style (underlined in red, in the check panel, before submitting). */
  spellingCheck: z.boolean(),
  /** Spelling findings block a submission (errors) instead of being warnings. */
  spellingBlocks: z.boolean(),
  /** Longest side of a photo's web copy, in pixels. */
  photoLongestSide: z.number().int().min(480).max(6000),
  /** JPEG quality of the web copy. */
  photoQuality: z.number().int().min(40).max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

const empty = z.object({}).strict();
const problemSchema = z.object({ field: z.enum(['title', 'lead', 'categories', 'byline', 'photo', 'style']), rule: z.string(), message: z.string() });
const byArticle = z.object({ id: articleIdSchema }).strict();
/** An article as a list of search results shows it (own or of the portal's archive). */
const listedSchema = z.object({ id: z.string(), source: z.enum(['own', 'archive']), date: z.number(), title: z.string(), kind: z.string() });
const ok = z.object({ ok: z.literal(true) });
/** A file's bytes across the boundary: base64, at most 4 MB of it. */
const fileBytes = z.string().max(4 * 1024 * 1024 * 1.4).regex(/^[A-Za-z0-9+/=]*$/, 'Tệp không đọc được');
const fileOut = z.object({ fileName: z.string(), base64: z.string() });
const photoList = z.object({ coverId: z.string().nullable(), photos: z.array(photoSchema) });
const byArticlePhotos = { articleId: articleIdSchema, photoIds: z.array(photoIdSchema).min(1).max(1_000) };

export const contract = {
  'app.info': {
    access: 'open',
    input: empty,
    output: z.object({
      version: z.string(),
      readOnly: z.boolean(),
      notices: z.array(noticeSchema),
      /** Which list of notices this is (the newest has the highest; see the app.notices event). */
      noticesRevision: z.number(),
    }),
  },
  'app.dismissNotice': { access: 'open', input: z.object({ id: z.string().max(100) }).strict(), output: ok },
  'settings.get': { access: 'open', input: empty, output: settingsSchema },
  'settings.update': { access: 'profile', input: settingsSchema.partial().strict(), output: settingsSchema },
  'articles.list': {
    access: 'open',
    input: z
      .object({
        query: z.string().max(500).optional(),
        status: articleStatusSchema.optional(),
        sort: z.enum(['updated-desc', 'updated-asc']).optional(),
        trash: z.boolean().optional(),
        /** Only what waits for the current profile: submissions for editors, changes requested of one's own articles. */
        waitingForMe: z.boolean().optional(),
        offset: z.number().int().nonnegative().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    output: z.object({
      items: z.array(
        articleSummarySchema.extend({
          /** With a query: where the article says it, the words found marked ([start, end) in `text`). */
          snippet: z.object({ text: z.string(), marks: z.array(z.tuple([z.number().int(), z.number().int()])) }).optional(),
        }),
      ),
      total: z.number().int(),
    }),
  },
  /** Whether the search index is being brought up to date after start-up: the library's progress bar. */
  'articles.searchStatus': {
    access: 'open',
    input: empty,
    output: z.object({ progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable() }),
  },
  'articles.create': {
    access: 'profile',
    input: z.object({ title: z.string().max(1_000).optional(), content: articleContentSchema.optional() }).strict(),
    output: articleSchema,
  },
  'articles.get': { access: 'open', input: byArticle, output: articleSchema },
  'articles.save': {
    access: 'profile',
    input: articleContentSchema
      .extend({
        id: articleIdSchema,
        baseRevision: z.number().int().nonnegative(),
        /**
         * The body whole, or (`bodyChange`) the blocks this editor changed since its own save the services hold
         * (refused with OUT_OF_DATE when that is not the stored body; the page then sends it whole).
         */
        body: docSchema.optional(),
        bodyChange: bodyChangeSchema.optional(),
        /**
         * Which editor wrote this save, and its how-many-th: a save that arrives after a later one of the same
         * editor (sent at once as the window closed) is not stored over it.
         */
        writer: z.object({ id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/), sequence: z.number().int().nonnegative() }).strict().optional(),
      })
      .strict()
      .refine((input) => (input.body === undefined) !== (input.bodyChange === undefined), { message: 'Cần gửi nội dung bài: toàn bộ hoặc phần đã đổi.' }),
    output: z.object({
      revision: z.number().int(),
      updatedAt: z.number(),
      versionCreated: versionSummarySchema.nullable(),
      /** Changes when editing an approved article sends it back to review. */
      status: articleStatusSchema,
    }),
  },
  'articles.trash': { access: 'profile', input: byArticle, output: ok },
  'articles.restore': { access: 'profile', input: byArticle, output: ok },
  'articles.deleteForever': { access: 'profile', input: byArticle, output: ok },
  'articles.emptyTrash': { access: 'profile', input: empty, output: z.object({ removed: z.number().int() }) },
  'versions.list': { access: 'open', input: byArticle, output: z.array(versionSummarySchema) },
  'versions.get': {
    access: 'open',
    input: z.object({ id: articleIdSchema, versionId: versionIdSchema }).strict(),
    output: versionSchema,
  },
  'versions.create': { access: 'profile', input: byArticle, output: versionSummarySchema },
  'versions.restore': {
    access: 'profile',
    input: z.object({ id: articleIdSchema, versionId: versionIdSchema }).strict(),
    output: z.object({ article: articleSchema, savedCurrentAs: versionSummarySchema }),
  },
  'office.get': {
    access: 'open',
    input: empty,
    output: z.object({
      abbreviations: z.array(abbreviationSchema),
      officials: z.array(officialSchema),
      codes: z.array(codeSchema),
      properNames: z.array(z.string()),
      /** The office's spelling dictionary and its list of confusions. */
      dictionary: z.array(z.string()),
      confusions: z.array(z.object({ wrong: z.string(), right: z.string() })),
    }),
  },
  'office.addWord': { access: 'profile', input: z.object({ word: dictionaryWordSchema }).strict(), output: z.array(z.string()) },
  'office.removeWord': { access: 'profile', input: z.object({ word: z.string().max(60) }).strict(), output: z.array(z.string()) },
  'office.saveConfusions': { access: 'profile', input: z.object({ entries: z.array(confusionSchema).max(2_000) }).strict(), output: z.array(z.object({ wrong: z.string(), right: z.string() })) },
  'office.saveAbbreviations': { access: 'profile', input: z.object({ entries: z.array(abbreviationSchema).max(2_000) }).strict(), output: z.array(abbreviationSchema) },
  'office.saveOfficial': { access: 'profile', input: officialSchema.extend({ id: officialIdSchema.optional() }).strict(), output: officialSchema },
  'office.deleteOfficial': { access: 'profile', input: z.object({ id: officialIdSchema }).strict(), output: ok },
  'office.importOfficials': {
    access: 'profile',
    input: z.object({ base64: fileBytes }).strict(),
    output: z.object({ added: z.number().int(), updated: z.number().int(), words: z.number().int() }),
  },
  'office.exportOfficials': { access: 'open', input: empty, output: fileOut },
  'office.saveCode': { access: 'profile', input: codeSchema.strict(), output: codeSchema },
  'office.deleteCode': { access: 'profile', input: z.object({ code: z.string().max(20) }).strict(), output: ok },
  'templates.list': { access: 'open', input: empty, output: z.array(templateSummarySchema) },
  'templates.get': { access: 'open', input: z.object({ id: templateIdSchema }).strict(), output: templateSchema.extend({ builtIn: z.boolean() }) },
  'templates.save': { access: 'profile', input: z.object({ template: templateSchema }).strict(), output: templateSchema },
  'templates.duplicate': { access: 'profile', input: z.object({ id: templateIdSchema }).strict(), output: templateSchema },
  'templates.delete': { access: 'profile', input: z.object({ id: templateIdSchema }).strict(), output: ok },
  'templates.export': { access: 'open', input: z.object({ id: templateIdSchema }).strict(), output: fileOut },
  'templates.import': { access: 'profile', input: z.object({ base64: fileBytes }).strict(), output: templateSchema },
  'templates.fromArticle': { access: 'profile', input: z.object({ id: articleIdSchema, name: z.string().trim().min(1).max(150) }).strict(), output: templateSchema },
  'photos.list': { access: 'open', input: z.object({ articleId: articleIdSchema }).strict(), output: photoList },
  'photos.add': {
    access: 'profile',
    input: z
      .object({
        articleId: articleIdSchema,
        fileName: z.string().min(1).max(500),
        // The file's bytes as they are (IPC carries them; the loopback host gets them in an envelope, shared/api/wire.ts).
        bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_PHOTO_BYTES, 'Tệp ảnh quá lớn (tối đa 200 MB).'),
        // Chosen together with other files: the photo takes its place in the batch's order (the service decides).
        batch: z
          .object({ id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/), index: z.number().int().min(0).max(4_999) })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({ status: z.enum(['added', 'duplicate']), photo: photoSchema }),
  },
  'photos.update': { access: 'profile', input: z.object({ ...byArticlePhotos, edit: photoEditSchema.strict() }).strict(), output: z.array(photoSchema) },
  'photos.reorder': { access: 'profile', input: z.object({ articleId: articleIdSchema, order: z.array(photoIdSchema).max(5_000) }).strict(), output: photoList },
  'photos.setCover': { access: 'profile', input: z.object({ articleId: articleIdSchema, photoId: photoIdSchema.nullable() }).strict(), output: photoList },
  'photos.remove': { access: 'profile', input: z.object(byArticlePhotos).strict(), output: photoList },
  'photos.exportFiles': {
    access: 'open',
    input: z.object({ articleId: articleIdSchema, onlyStarred: z.boolean() }).strict(),
    output: z.array(fileOut),
  },
  'photos.export': { access: 'open', input: z.object({ articleId: articleIdSchema, onlyStarred: z.boolean() }).strict(), output: fileOut.extend({ count: z.number().int() }) },
  'profiles.list': { access: 'open', input: empty, output: z.object({ profiles: z.array(profileSchema), currentId: z.string().nullable() }) },
  'profiles.save': {
    access: 'self-or-approver',
    input: z
      .object({
        id: profileIdSchema.optional(),
        name: z.string().trim().min(2, 'Hãy nhập họ và tên').max(120),
        roles: z.array(z.enum(ROLES)).min(1, 'Hãy chọn ít nhất một vai trò'),
        pin: z.string().max(8).nullable().optional(),
        /** One's own PIN, to change it. */
        currentPin: z.string().max(8).optional(),
        /** The approver's PIN, for another person's profile or for giving a reviewer's role. */
        approverPin: z.string().max(8).optional(),
      })
      .strict(),
    output: profileSchema,
  },
  'profiles.select': { access: 'open', input: z.object({ id: profileIdSchema.nullable(), pin: z.string().max(8).optional() }).strict(), output: profileSchema.nullable() },
  'workflow.transition': {
    access: 'profile',
    input: z.object({ id: articleIdSchema, action: z.enum(ACTIONS), expected: articleStatusSchema, note: z.string().max(5_000) }).strict(),
    output: articleSchema,
  },
  /** What a submission would say now: the problems that stop it, and the warnings (spelling) that do not. */
  'workflow.check': { access: 'open', input: byArticle, output: z.object({ problems: z.array(problemSchema), warnings: z.array(problemSchema) }) },
  'workflow.trail': { access: 'open', input: byArticle, output: z.array(trailEntrySchema) },
  'workflow.diff': {
    access: 'open',
    input: byArticle,
    output: z.object({ since: z.number().nullable(), parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })) }),
  },
  'comments.list': { access: 'open', input: byArticle, output: z.array(commentSchema) },
  'comments.add': { access: 'profile', input: z.object({ id: articleIdSchema, quote: z.string().max(2_000), text: z.string().max(5_000) }).strict(), output: commentSchema },
  'comments.resolve': { access: 'profile', input: z.object({ id: articleIdSchema, commentId: z.string().max(40) }).strict(), output: commentSchema },
  'portals.list': { access: 'open', input: empty, output: z.array(portalSchema) },
  'portals.save': { access: 'editor', input: portalInputSchema, output: portalSchema },
  'portals.remove': { access: 'editor', input: z.object({ id: portalIdSchema }).strict(), output: ok },
  'portals.test': {
    access: 'editor',
    input: z.object({ id: portalIdSchema }).strict(),
    output: z.object({ siteName: z.string(), userName: z.string(), canPublish: z.boolean(), canUpload: z.boolean() }),
  },
  'export.html': { access: 'open', input: byArticle, output: fileOut },
  /** The sign-off sheet on screen as an A4 PDF: made by the desktop app from the page that asks; the browser host prints instead. */
  'export.pdf': { access: 'open', input: byArticle, output: fileOut },
  'package.export': { access: 'open', input: z.object({ id: articleIdSchema, versions: z.boolean() }).strict(), output: fileOut },
  'package.import': {
    access: 'profile',
    input: z.object({ fileName: z.string().min(1).max(500), base64: z.string().max(280 * 1024 * 1024).regex(/^[A-Za-z0-9+/=]*$/, 'Tệp không đọc được') }).strict(),
    output: z.object({ articleId: z.string(), updated: z.boolean(), photos: z.number().int(), versions: z.number().int(), title: z.string() }),
  },
  'import.document': {
    access: 'profile',
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        base64: z.string().max(280 * 1024 * 1024).regex(/^[A-Za-z0-9+/=]*$/, 'Tệp không đọc được'),
        /** Into an open article at the cursor; a new article when absent. */
        articleId: articleIdSchema.optional(),
      })
      .strict(),
    output: z.object({ articleId: z.string(), html: z.string().nullable(), report: z.array(z.string()), photos: z.number().int() }),
  },
  'portals.pending': {
    access: 'editor',
    input: z.object({ id: portalIdSchema }).strict(),
    output: z.array(
      z.object({
        postId: z.string(),
        title: z.string(),
        lead: z.string(),
        author: z.string(),
        modified: z.string(),
        link: z.string(),
        articleId: z.string(),
        here: z.boolean(),
      }),
    ),
  },
  'portals.pull': { access: 'editor', input: z.object({ id: portalIdSchema, postId: z.string().min(1).max(200) }).strict(), output: articleSchema },
  /** «Kho bài trên cổng»: starts (or resumes) bringing the portal's published posts here; progress comes as `archive.progress` events. */
  'archive.pull': { access: 'profile', input: z.object({ portalId: portalIdSchema }).strict(), output: ok },
  'archive.cancel': { access: 'profile', input: z.object({ portalId: portalIdSchema }).strict(), output: ok },
  'archive.status': {
    access: 'open',
    input: z.object({ portalId: portalIdSchema }).strict(),
    output: z.object({ running: z.boolean(), kept: z.number().int(), completedAt: z.number().nullable() }),
  },
  /** One post of the archive, read-only, as plain paragraphs (the portal's HTML is never put in the page). */
  'archive.get': {
    access: 'open',
    input: z.object({ portalId: portalIdSchema, postId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) }).strict(),
    output: z.object({
      id: z.string(),
      title: z.string(),
      lead: z.string(),
      paragraphs: z.array(z.string()),
      published: z.string(),
      link: z.string(),
      author: z.string(),
      categories: z.array(z.string()),
      deletedAt: z.number().nullable(),
      /** The featured image: where to load its thumbnail from (null: none was had), and its address on the portal. */
      thumbnail: z.string().nullable(),
      thumbnailUrl: z.string().nullable(),
    }),
  },
  /** One search over the office's own articles and the portal's archive (or either), with filters; a page and the count. */
  'search.query': {
    access: 'open',
    input: z
      .object({
        query: z.string().max(500),
        source: z.enum(['own', 'archive']).optional(),
        from: z.number().int().nonnegative().optional(),
        to: z.number().int().nonnegative().optional(),
        kind: z.string().max(100).optional(),
        category: z.string().max(200).optional(),
        offset: z.number().int().nonnegative().max(100_000).optional(),
        limit: z.number().int().positive().max(100).optional(),
      })
      .strict(),
    output: z.object({
      hits: z.array(
        listedSchema.extend({
          category: z.string(),
          exact: z.boolean(),
          /** Where to load the post's thumbnail from (the archive's featured image); null when it has none. */
          thumbnail: z.string().nullable(),
          snippet: z.object({ text: z.string(), marks: z.array(z.tuple([z.number().int(), z.number().int()])) }),
        }),
      ),
      total: z.number().int(),
      /** True when there are more than `total` (the count stops at 1,000). */
      capped: z.boolean(),
    }),
  },
  /** The categories of the articles the search knows (own and the archive), for the category filter. */
  'search.categories': { access: 'open', input: z.object({}).strict(), output: z.object({ categories: z.array(z.string()) }) },
  /** «Bài cùng loại»: the articles nearest to one (own and the archive): the same kind of event first, then similar titles. */
  'search.related': {
    access: 'open',
    input: z.object({ id: articleIdSchema, limit: z.number().int().positive().max(50).optional() }).strict(),
    output: z.object({
      hits: z.array(
        listedSchema.extend({ sameKind: z.boolean() }),
      ),
    }),
  },
  /** One article of the search (own or of the archive) to read beside a draft: plain paragraphs, and its list of those present if it has one. */
  'search.reference': {
    access: 'open',
    input: z.object({ id: z.union([articleIdSchema, z.string().regex(ARCHIVE_ID)]) }).strict(),
    output: z.object({
      id: z.string(),
      source: z.enum(['own', 'archive']),
      title: z.string(),
      date: z.number(),
      lead: z.string(),
      paragraphs: z.array(z.string()),
      /** «Cùng dự có các đồng chí: …», as the article says it; null when it names none. */
      present: z.string().nullable(),
      link: z.string(),
    }),
  },
  'publish.start': {
    access: 'profile',
    input: z
      .object({
        id: articleIdSchema,
        portalId: portalIdSchema,
        at: z.number().int().positive().optional(),
        /** `pending` (waits for review on the portal) or `draft`; publish when absent. */
        status: z.enum(['publish', 'pending', 'draft']).optional(),
      })
      .strict(),
    output: jobSchema,
  },
  'publish.jobs': { access: 'open', input: z.object({ id: articleIdSchema.optional() }).strict(), output: z.array(jobSchema) },
  'publish.retry': { access: 'profile', input: z.object({ jobId: z.string().max(40), overwrite: z.boolean().optional() }).strict(), output: jobSchema },
} satisfies Record<CallName, { access: Access; input: z.ZodType; output: z.ZodType }>;

type Contract = typeof contract;
// Every name in CALL_NAMES has a schema and no schema lacks a name.
type MissingFromContract = Exclude<CallName, keyof Contract>;
const contractCoversEveryName: MissingFromContract extends never ? true : never = true;
void contractCoversEveryName;

export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

/** The service side of the contract: one async function per call. */
export type ApiHandlers = { [N in CallName]: (input: z.output<Contract[N]['input']>) => Promise<CallOutput<N>> };
