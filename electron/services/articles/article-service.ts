import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { CallInput, CallOutput, Settings } from '../../../shared/api/contract';
import { ApiError, type Problem } from '../../../shared/api/errors';
import { applyBodyChange } from '../../../shared/article/body-change';
import { normalizeDoc } from '../../../shared/article/doc-text';
import {
  docSchema,
  EMPTY_DOC,
  type DocNode,
  type Article,
  type ArticleContent,
  type ArticleSummary,
  type Version,
  type VersionReason,
  type VersionSummary,
} from '../../../shared/article/model';
import { articleText, summarize } from '../../../shared/article/summary';
import { formatDateTime } from '../../../shared/format/date';
import { countWords } from '../../../shared/text/count';
import { foldForSearch } from '../../../shared/text/normalize';
import { LibraryIndex } from '../library/library-index';
import type { NoticeBoard } from '../notices';
import { writeFileAtomic } from '../storage/atomic-write';
import { writeFailure } from '../storage/fs-errors';
import { moveAside } from '../storage/move-aside';
import { SerialQueue } from '../storage/serial-queue';
import { ArticleFiles, toVersionSummary, UnreadableFileError } from './article-files';
import { ArticleSearch, type IndexProgress } from './search-index';
import type { SearchStore } from '../search/search-store';
import { Journal } from '../library/journal';
import { arrivalStatus, decide, reviews, statusAfterEdit, statusOnPortal, type Role, type WorkflowAction } from '../../../shared/workflow/machine';
import { trailEntrySchema, type TrailEntry } from '../../../shared/workflow/model';
import { diffWords, type DiffPart } from '../../../shared/text/diff';
import type { ArticleStatus } from '../../../shared/article/status';

export const AUTO_VERSION_INTERVAL_MS = 10 * 60 * 1000;
const DEFAULT_PAGE = 200;
const CACHE_SIZE = 32;

/** Who does something: the profile chosen on this workstation. */
export interface Actor {
  id: string;
  name: string;
  roles: readonly Role[];
}

export interface ArticleServiceOptions {
  /** The profile acting now, if any (workflow transitions need one). */
  actor?: () => Actor | null;
  dataDir: string;
  notices: NoticeBoard;
  now?: () => number;
  /** Flush every write to the disk before acknowledging it (on by default; benchmarks compare). */
  durable?: boolean;
  autoVersionIntervalMs?: number;
  /** Told after every article written (the services' events: «this article changed elsewhere»). */
  onChanged?: (article: Article) => void;
  /** Told as the search index is brought up to date after start-up (null when it is). */
  onIndexProgress?: (progress: IndexProgress | null) => void;
}

type ListInput = CallInput<'articles.list'>;
type SaveInput = CallInput<'articles.save'>;

/** What the trail says when a job has put the article on the portal, by the status it was sent with. */
const PORTAL_STATUS_NOTE = {
  publish: 'Đã đăng lên cổng',
  future: 'Đã lên lịch đăng trên cổng',
  pending: 'Đã gửi lên cổng, chờ duyệt',
  draft: 'Đã gửi lên cổng dạng nháp',
} as const;

/**
 * Articles, their versions and the trash. Every write goes through one queue; every write is atomic;
 * the article file is the truth and the library index a cache of it.
 */
export class ArticleService {
  private readonly queue = new SerialQueue();
  private readonly search: ArticleSearch;
  private readonly cache = new Map<string, Article>();
  private readonly lastVersionAt = new Map<string, number>();
  /** Per article, the editor whose save made the stored revision, and which of its saves it was. */
  private readonly lastWriter = new Map<string, { id: string; sequence: number; revision: number }>();
  private readonly now: () => number;
  private readonly interval: number;
  private readonly actor: () => Actor | null;
  private readonly onChanged: (article: Article) => void;

  private constructor(
    private readonly files: ArticleFiles,
    private readonly index: LibraryIndex,
    private readonly notices: NoticeBoard,
    readonly readOnly: boolean,
    options: ArticleServiceOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.interval = options.autoVersionIntervalMs ?? AUTO_VERSION_INTERVAL_MS;
    this.actor = options.actor ?? (() => null);
    this.onChanged = options.onChanged ?? (() => undefined);
    // A library opened read-only does not write its index either: search then reads titles.
    this.search = new ArticleSearch(readOnly ? null : options.dataDir, options.onIndexProgress);
  }

  static async open(options: ArticleServiceOptions): Promise<ArticleService> {
    const { dataDir, notices } = options;
    let writable = true;
    try {
      await mkdir(dataDir, { recursive: true });
      const probe = join(dataDir, `.write-test-${randomBytes(4).toString('hex')}`);
      await writeFileAtomic(probe, '');
      await unlink(probe);
    } catch {
      writable = false;
      notices.add(
        'error',
        'Không ghi được vào thư mục dữ liệu (không có quyền ghi hoặc ổ đĩa chỉ đọc). Bạn vẫn xem được bài viết, nhưng thay đổi sẽ không được lưu cho đến khi thư mục ghi được.',
      );
    }
    const opened = await LibraryIndex.open(dataDir, notices, { durable: options.durable });
    const files = new ArticleFiles(dataDir);
    const service = new ArticleService(files, opened.index, notices, opened.readOnly || !writable, options);
    if (opened.needsRebuild) await service.rebuildIndex();
    else if (opened.touched.size > 0) await service.reconcile([...opened.touched]);
    service.warmed = service.warmSearch();
    return service;
  }

  // ---- library ----------------------------------------------------------------------------

  async list(input: ListInput): Promise<CallOutput<'articles.list'>> {
    const query = foldForSearch(input.query ?? '');
    // Read your own writes: a save still in the queue shows in the list.
    await this.queue.idle();
    // Already in order (kept sorted between changes): the filters below keep it.
    let items = this.index.byUpdated(input.sort === 'updated-asc' ? 1 : -1).filter((item) => (input.trash ? item.deletedAt !== null : item.deletedAt === null));
    if (input.status) items = items.filter((item) => item.status === input.status);
    if (input.waitingForMe) {
      const actor = this.actor();
      const reviewer = actor ? reviews(actor.roles) : false;
      items = items.filter(
        (item) => (reviewer && item.status === 'submitted') || (actor !== null && item.status === 'changes_requested' && item.author === actor.name),
      );
    }
    if (query) items = this.search.filter(items, input.query ?? '');
    const offset = input.offset ?? 0;
    const page = items.slice(offset, offset + (input.limit ?? DEFAULT_PAGE));
    if (!query) return { items: page, total: items.length };
    const snippets = this.search.snippets(
      page.map((item) => item.id),
      input.query ?? '',
    );
    return { items: page.map((item) => ({ ...item, snippet: snippets.get(item.id) })), total: items.length };
  }

  /** The start-up's filling of the search index (resolved when it is done): what waits for it need not do it again. */
  private warmed: Promise<void> = Promise.resolve();

  searchWarmed(): Promise<void> {
    return this.warmed;
  }

  /** Brings the search index up to date with the article files, in the background (see ArticleSearch). */
  warmSearch(): Promise<void> {
    return this.search.fill(this.index.all(), async (id) => this.cache.get(id) ?? (await this.files.readArticle(id)));
  }

  /** The search index (null where it could not be opened): the portal's archive goes in it too. */
  searchIndex(): SearchStore | null {
    return this.search.index;
  }

  /** Where bringing the search index up to date is (null: it is). */
  searchStatus(): IndexProgress | null {
    return this.search.status();
  }

  settings(): Settings {
    return this.index.settings();
  }

  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.write('cài đặt', () =>
      this.index.updateSettings(
        Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, typeof value === 'string' ? value.normalize('NFC') : value])),
      ),
    );
  }

  // ---- articles ---------------------------------------------------------------------------

  /** A new article; `id` given by the services when its photos were put in place first (an imported document). */
  create(input: CallInput<'articles.create'>, options: { id?: string } = {}): Promise<Article> {
    return this.write('bài viết mới', async () => {
      const now = this.now();
      const content = input.content ? await checkedContent(input.content) : null;
      if (options.id && this.index.get(options.id)) throw new ApiError('INVALID_INPUT', 'Đã có bài viết với mã này.');
      const article: Article = {
        id: options.id ?? randomUUID(),
        title: content?.title ?? (input.title ?? '').normalize('NFC'),
        lead: content?.lead ?? '',
        body: content?.body ?? EMPTY_DOC,
        byline: content?.byline ?? '',
        template: content?.template ?? null,
        author: this.actor()?.name ?? this.index.settings().authorName,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        revision: 0,
      };
      await this.commit(article, undefined);
      await this.appendTrail(article.id, { action: 'create', from: null, to: 'draft', note: '', versionId: null }, now);
      this.lastVersionAt.set(article.id, now);
      return article;
    });
  }

  /** Whether the library knows this article (in the trash or not). */
  has(id: string): boolean {
    return Boolean(this.index.get(id));
  }

  async get(id: string): Promise<Article> {
    return this.queue.run(() => this.load(id));
  }

  save(input: SaveInput): Promise<CallOutput<'articles.save'>> {
    return this.write('bài viết', async () => {
      const current = await this.load(input.id);
      if (current.deletedAt !== null) {
        throw new ApiError('INVALID_INPUT', 'Bài viết đang ở thùng rác; hãy khôi phục bài trước khi sửa.');
      }
      const { id: _id, baseRevision: _base, writer, body: givenBody, bodyChange, ...fields } = input;
      const unchanged = { revision: current.revision, updatedAt: current.updatedAt, versionCreated: null, status: current.status };
      const last = this.lastWriter.get(input.id);
      const ownLast = writer !== undefined && last?.id === writer.id && last.revision === current.revision;
      // An older save of the same editor, overtaken by a later one (the window closed while it was on its way).
      if (ownLast && writer.sequence <= last.sequence) return unchanged;
      // A change is put only into the body it was made on: this editor's own save, still the stored revision.
      const body = bodyChange === undefined ? givenBody : ownLast && input.baseRevision === current.revision ? applyBodyChange(current.body, bodyChange) : null;
      if (!body) throw new ApiError('OUT_OF_DATE', 'Nội dung bài đã được lưu từ nơi khác; Tòa soạn gửi lại toàn bộ bài.');
      // The body a change makes is held to what a whole one sent would be (its size, its depth).
      if (bodyChange && !docSchema.safeParse(body).success) throw new ApiError('INVALID_INPUT', 'Nội dung bài quá lớn hoặc không hợp lệ; phần đã viết vẫn còn trên màn hình.');
      const content = await checkedContent({ ...fields, body });
      if (sameContent(current, content)) {
        // Still this editor's latest word on the stored revision: an older save of its arriving late changes nothing.
        if (writer) this.lastWriter.set(input.id, { ...writer, revision: current.revision });
        return unchanged;
      }
      const now = this.now();
      // The stored revision is this editor's own earlier save still on its way back: not another window's.
      if (input.baseRevision !== current.revision && !ownLast) {
        // Another window saved in between: keep what it wrote as a version rather than lose it.
        await this.writeVersion(current, 'conflict', now);
      }
      let next: Article = { ...current, ...content, revision: current.revision + 1, updatedAt: now };
      const changedText = !sameText(current, content);
      const status = statusAfterEdit(current.status, changedText);
      if (status !== current.status) {
        // An approved article that is edited goes back to review, and the trail says who did it.
        next = { ...next, status };
        const submitted = await this.writeVersion(next, 'submitted', now);
        await this.appendTrail(next.id, { action: 'reopen', from: current.status, to: status, note: 'Sửa sau khi đã duyệt', versionId: submitted.id }, now);
      }
      await this.commit(next, current);
      if (writer) this.lastWriter.set(next.id, { ...writer, revision: next.revision });
      else this.lastWriter.delete(next.id);
      let versionCreated: VersionSummary | null = null;
      if (now - (await this.lastVersionTime(next)) >= this.interval) {
        versionCreated = await this.writeVersion(next, 'auto', now);
      }
      this.compactSoon();
      return { revision: next.revision, updatedAt: next.updatedAt, versionCreated, status: next.status };
    });
  }

  trash(id: string): Promise<{ ok: true }> {
    return this.write('thùng rác', async () => {
      const current = await this.load(id);
      if (current.deletedAt === null) await this.commit({ ...current, deletedAt: this.now() }, current);
      return { ok: true as const };
    });
  }

  restore(id: string): Promise<{ ok: true }> {
    return this.write('bài viết', async () => {
      const current = await this.load(id);
      if (current.deletedAt !== null) await this.commit({ ...current, deletedAt: null }, current);
      return { ok: true as const };
    });
  }

  deleteForever(id: string): Promise<{ ok: true }> {
    return this.write('thùng rác', async () => {
      await this.removeFromTrash(id);
      return { ok: true as const };
    });
  }

  emptyTrash(): Promise<{ removed: number }> {
    return this.write('thùng rác', async () => {
      const trashed = this.index.all().filter((item) => item.deletedAt !== null);
      for (const item of trashed) await this.removeFromTrash(item.id);
      return { removed: trashed.length };
    });
  }

  // ---- workflow -----------------------------------------------------------------------------

  /**
   * Moves an article through the procedure. Refused with a message when the profile may not, when the
   * article is no longer in the state the person saw (another window moved it), or when the submission
   * check finds something missing. The trail records who, when and the note.
   */
  transition(
    id: string,
    action: WorkflowAction,
    expected: ArticleStatus,
    note: string,
    check: (article: Article) => Promise<Problem[]> = async () => [],
  ): Promise<{ article: Article; entry: TrailEntry }> {
    return this.write('trạng thái bài', async () => {
      const actor = this.actor();
      if (!actor) throw new ApiError('UNAUTHORIZED', 'Hãy chọn hồ sơ của mình (góc trên bên phải) trước khi gửi, duyệt hay yêu cầu sửa.');
      const current = await this.load(id);
      if (current.deletedAt !== null) throw new ApiError('INVALID_INPUT', 'Bài viết đang ở thùng rác.');
      if (current.status !== expected) {
        const last = (await this.readTrail(id)).at(-1);
        const who = last ? ` (${last.actorName}, ${formatDateTime(last.at)})` : '';
        throw new ApiError('INVALID_INPUT', `Bài đã chuyển sang trạng thái khác${who}; hãy mở lại bài để xem trạng thái mới.`);
      }
      const decision = decide(action, current.status, actor.roles);
      if (!decision.ok) throw new ApiError('UNAUTHORIZED', decision.message);
      if (action === 'requestChanges' && !note.trim()) throw new ApiError('INVALID_INPUT', 'Hãy ghi rõ cần sửa gì.');
      if (action === 'submit') {
        const problems = await check(current);
        if (problems.length > 0) throw new ApiError('INVALID_INPUT', `Chưa gửi duyệt được:\n• ${problems.map((problem) => problem.message).join('\n• ')}`, { problems });
      }
      const now = this.now();
      const next: Article = { ...current, status: decision.to, updatedAt: now, revision: current.revision + 1 };
      const version = action === 'submit' ? await this.writeVersion(next, 'submitted', now) : null;
      const entry = await this.appendTrail(id, { action, from: current.status, to: decision.to, note: note.normalize('NFC').trim(), versionId: version?.id ?? null }, now);
      await this.commit(next, current);
      return { article: next, entry };
    });
  }

  /**
   * An article brought in from the portal (a reporter's workstation sent it there for review): created
   * here with its own id, or updated if it came before, and waiting for review. A version keeps what
   * arrived, the trail says from where.
   */
  receive(input: ArticleContent & { id: string; author: string; note: string }): Promise<Article> {
    return this.write('bài nhận từ cổng', async () => {
      const now = this.now();
      const existing = this.index.get(input.id) ? await this.load(input.id) : undefined;
      const content = await checkedContent(input);
      // What was here is kept before anything is replaced.
      if (existing && !sameContent(existing, content)) await this.writeVersion(existing, 'before-pull', now);
      const status = arrivalStatus(existing?.status ?? null, existing ? !sameContent(existing, content) : true, true);
      const next: Article = existing
        ? { ...existing, ...content, status, deletedAt: null, revision: existing.revision + 1, updatedAt: now }
        : { id: input.id, ...content, template: null, author: input.author.normalize('NFC'), status, createdAt: now, updatedAt: now, deletedAt: null, revision: 0 };
      await this.commit(next, existing);
      const version = await this.writeVersion(next, 'submitted', now);
      await this.appendTrail(next.id, { action: 'submit', from: existing?.status ?? null, to: status, note: input.note, versionId: version.id }, now);
      return next;
    });
  }

  /** What an article package carries: the article, its versions (when asked for) and its trail. */
  async packageData(id: string, withVersions: boolean): Promise<{ article: Article; versions: Version[]; trail: TrailEntry[] }> {
    const article = await this.get(id);
    const versions: Version[] = [];
    if (withVersions) {
      for (const summary of await this.files.listVersions(id)) {
        const version = await this.files.readVersion(id, summary.id).catch(() => null);
        if (version) versions.push(version);
      }
    }
    return { article, versions, trail: await this.readTrail(id) };
  }

  /**
   * An article from a package made on another workstation, with the same id: created, or updated in place
   * (what was here is kept as a version first), its versions added, the trail saying so.
   */
  receivePackage(input: { article: Article; versions: Version[]; trail: TrailEntry[]; note: string }): Promise<{ article: Article; updated: boolean }> {
    return this.write('bài từ gói', async () => {
      const now = this.now();
      const existing = this.index.get(input.article.id) ? await this.load(input.article.id) : undefined;
      const content = await checkedContent(input.article);
      if (existing) await this.writeVersion(existing, 'before-package', now);
      // The package's own status is not taken: what arrives waits for review, or keeps the state it has here.
      const status = arrivalStatus(existing?.status ?? null, existing ? !sameContent(existing, content) : true, false);
      const next: Article = {
        ...input.article,
        ...content,
        ...(existing ? { author: existing.author, createdAt: existing.createdAt, template: existing.template } : {}),
        status,
        deletedAt: null,
        revision: Math.max(existing?.revision ?? 0, input.article.revision) + 1,
        updatedAt: now,
      };
      await this.commit(next, existing);
      const known = new Set((await this.files.listVersions(next.id)).map((version) => version.id));
      const added = input.versions.filter((version) => !known.has(version.id));
      // Each with the author the article has here: what a package says of it is not taken, as for the article itself.
      for (const version of added) await this.files.writeVersion({ ...version, author: next.author });
      if (added.length) await this.files.writeVersionList(next.id, await this.files.listVersions(next.id));
      // A new article keeps the history it had on the other workstation, marked as carried in: it is shown,
      // never counted as an approval or a signature here.
      if (!existing) await this.writeTrail(next.id, input.trail.map((entry) => ({ ...entry, imported: true })));
      await this.appendTrail(next.id, { action: 'package', from: existing?.status ?? null, to: next.status, note: input.note, versionId: null }, now);
      return { article: next, updated: Boolean(existing) };
    });
  }

  /** The outbox finished a job: the article is published (or scheduled) and the trail keeps the link. */
  markPublished(id: string, link: string, postId: string, requestedBy: string, target: 'publish' | 'pending' | 'draft' | 'future'): Promise<Article> {
    return this.write('trạng thái bài', async () => {
      const current = await this.load(id);
      const now = this.now();
      const to = statusOnPortal(current.status, target);
      const next: Article = { ...current, status: to, updatedAt: now, revision: current.revision + 1 };
      // The job works for whoever asked: the trail names them.
      await this.appendTrail(id, { action: 'publish', from: current.status, to, note: `${PORTAL_STATUS_NOTE[target]} — bài số ${postId} trên cổng: ${link}`, versionId: null }, now, { id: '', name: requestedBy });
      await this.commit(next, current);
      return next;
    });
  }

  async trail(id: string): Promise<TrailEntry[]> {
    this.requireKnown(id);
    return this.readTrail(id);
  }

  /** What changed since the last submission: the previous submission against the one under review, or the last one against the text now. */
  async changesSinceSubmission(id: string): Promise<{ since: number | null; parts: DiffPart[] }> {
    const current = await this.get(id);
    const submitted = (await this.files.listVersions(id)).filter((version) => version.reason === 'submitted');
    const base = current.status === 'submitted' ? submitted[1] : submitted[0];
    if (!base) return { since: null, parts: [] };
    const version = await this.files.readVersion(id, base.id);
    if (!version) return { since: null, parts: [] };
    return { since: base.createdAt, parts: diffWords(articleText(version), articleText(current)) };
  }

  /** A step of the trail, by the acting profile (or whom a background job works for). */
  private async appendTrail(id: string, entry: Omit<TrailEntry, 'at' | 'actorId' | 'actorName'>, now: number, by: { id: string; name: string } | null = this.actor()): Promise<TrailEntry> {
    const full: TrailEntry = { at: now, actorId: by?.id ?? '', actorName: by?.name || 'Không rõ', ...entry };
    await this.writeTrail(id, [full]);
    return full;
  }

  /** The one place the trail is written: appended (never rewritten) and flushed. */
  private async writeTrail(id: string, entries: TrailEntry[]): Promise<void> {
    const journal = new Journal<TrailEntry>(this.trailFile(id), true);
    for (const entry of entries) await journal.append(entry);
    await journal.close();
  }

  /** The one place the trail is read. */
  private async readTrail(id: string): Promise<TrailEntry[]> {
    return new Journal<TrailEntry>(this.trailFile(id), true).readAll((value) => trailEntrySchema.parse(value));
  }

  private trailFile(id: string): string {
    return join(this.files.folder(id), 'trail.jsonl');
  }

  // ---- versions ---------------------------------------------------------------------------

  async listVersions(id: string): Promise<VersionSummary[]> {
    this.requireKnown(id);
    return this.files.listVersions(id);
  }

  async getVersion(id: string, versionId: string): Promise<Version> {
    this.requireKnown(id);
    let version: Version | null;
    try {
      version = await this.files.readVersion(id, versionId);
    } catch (error) {
      if (error instanceof UnreadableFileError) {
        throw new ApiError('NOT_FOUND', 'Tệp phiên bản này bị hỏng nên không mở được; các phiên bản khác vẫn dùng được.');
      }
      throw error;
    }
    if (!version) throw new ApiError('NOT_FOUND', 'Không tìm thấy phiên bản này; có thể nó đã bị xóa.');
    return version;
  }

  createVersion(id: string): Promise<VersionSummary> {
    return this.write('phiên bản', async () => {
      const current = await this.load(id);
      return this.writeVersion(current, 'manual', this.now());
    });
  }

  restoreVersion(id: string, versionId: string): Promise<CallOutput<'versions.restore'>> {
    return this.write('bài viết', async () => {
      const current = await this.load(id);
      const version = await this.getVersion(id, versionId);
      const now = this.now();
      const savedCurrentAs = await this.writeVersion(current, 'before-restore', now);
      const next: Article = {
        ...current,
        title: version.title,
        lead: version.lead,
        body: version.body,
        byline: version.byline,
        revision: current.revision + 1,
        updatedAt: now,
      };
      await this.commit(next, current);
      return { article: next, savedCurrentAs };
    });
  }

  async close(): Promise<void> {
    await this.queue.run(async () => {
      if (!this.readOnly && this.index.wantsCompaction) await this.index.compact().catch(() => undefined);
      await this.index.close();
      this.search.close();
    });
  }

  /** Resolves once every queued write is on disk (tests and shutdown). */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  // ---- internals --------------------------------------------------------------------------

  private write<T>(what: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      if (this.readOnly) {
        throw new ApiError('READ_ONLY', `Không lưu được ${what}: thư mục dữ liệu đang ở chế độ chỉ đọc. Nội dung đang soạn vẫn còn trên màn hình.`);
      }
      try {
        return await task();
      } catch (error) {
        throw writeFailure(error, what);
      }
    });
  }

  private requireKnown(id: string): ArticleSummary {
    const summary = this.index.get(id);
    if (!summary) throw new ApiError('NOT_FOUND', 'Không tìm thấy bài viết này; có thể bài đã bị xóa vĩnh viễn.');
    return summary;
  }

  /** Writes the index entry, then the file; if the file cannot be written the entry is put back. */
  private async commit(next: Article, previous: Article | undefined): Promise<void> {
    await this.index.put(summarize(next));
    try {
      await this.files.writeArticle(next);
    } catch (error) {
      if (previous) await this.index.put(summarize(previous)).catch(() => undefined);
      else await this.index.remove(next.id).catch(() => undefined);
      throw error;
    }
    this.remember(next);
    this.search.set(next);
    this.onChanged(next);
  }

  private remember(article: Article): void {
    this.cache.delete(article.id);
    this.cache.set(article.id, article);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
  }

  private async load(id: string): Promise<Article> {
    const summary = this.requireKnown(id);
    const cached = this.cache.get(id);
    if (cached) return cached;
    let article: Article | null;
    try {
      article = await this.files.readArticle(id);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      article = null;
    }
    if (!article) article = await this.recover(id, summary);
    if (!this.readOnly) await this.files.sweepTemporaries(id);
    this.remember(article);
    return article;
  }

  /** An article whose file is damaged or gone: the file is kept aside, the newest readable version takes its place. */
  private async recover(id: string, summary: ArticleSummary | undefined): Promise<Article> {
    const aside = await moveAside(this.files.articlePath(id), this.now());
    const versions = await this.files.listVersions(id).catch(() => []);
    let source: Version | null = null;
    for (const candidate of versions) {
      source = await this.files.readVersion(id, candidate.id).catch(() => null);
      if (source) break;
    }
    const now = this.now();
    const title = summary?.title || source?.title || 'Bài viết chưa có tiêu đề';
    const article: Article = {
      id,
      title: source?.title ?? summary?.title ?? '',
      lead: source?.lead ?? '',
      body: source?.body ?? EMPTY_DOC,
      byline: source?.byline ?? '',
      author: summary?.author || source?.author || '',
      status: summary?.status ?? 'draft',
      createdAt: summary?.createdAt ?? source?.createdAt ?? now,
      updatedAt: now,
      deletedAt: summary?.deletedAt ?? null,
      revision: 0,
    };
    const kept = aside ? ' Tệp hỏng được giữ lại bên cạnh để kiểm tra.' : '';
    this.notices.add(
      'warning',
      source
        ? `Tệp của bài «${title}» bị hỏng hoặc bị mất; đã khôi phục từ phiên bản lưu lúc ${formatDateTime(source.createdAt)}.${kept}`
        : `Tệp của bài «${title}» bị hỏng hoặc bị mất và không còn phiên bản nào để khôi phục; chỉ giữ được tiêu đề.${kept}`,
    );
    if (!this.readOnly) {
      await this.files.writeArticle(article).catch(() => undefined);
      await this.index.put(summarize(article)).catch(() => undefined);
    }
    return article;
  }

  private async lastVersionTime(article: Article): Promise<number> {
    let last = this.lastVersionAt.get(article.id);
    if (last === undefined) {
      const versions = await this.files.listVersions(article.id);
      last = versions[0]?.createdAt ?? article.createdAt;
      this.lastVersionAt.set(article.id, last);
    }
    return last;
  }

  private async writeVersion(article: Article, reason: VersionReason, now: number): Promise<VersionSummary> {
    const version: Version = {
      id: `${now}-${randomBytes(5).toString('hex')}`,
      articleId: article.id,
      createdAt: now,
      reason,
      title: article.title,
      lead: article.lead,
      body: article.body,
      byline: article.byline,
      author: article.author,
      wordCount: countWords(articleText(article)),
    };
    await this.files.writeVersion(version);
    const summary = toVersionSummary(version);
    const existing = await this.files.listVersions(article.id);
    await this.files.writeVersionList(article.id, [summary, ...existing.filter((item) => item.id !== summary.id)]);
    this.lastVersionAt.set(article.id, now);
    return summary;
  }

  private async removeFromTrash(id: string): Promise<void> {
    const current = await this.load(id);
    if (current.deletedAt === null) {
      throw new ApiError('INVALID_INPUT', 'Chỉ xóa vĩnh viễn được bài đã ở thùng rác.');
    }
    await this.index.remove(id);
    this.cache.delete(id);
    this.search.delete(id);
    this.lastVersionAt.delete(id);
    await rm(this.files.folder(id), { recursive: true, force: true });
  }

  private compactSoon(): void {
    if (!this.index.wantsCompaction) return;
    void this.queue.run(() => this.index.compact()).catch(() => undefined);
  }

  /** Brings the index entries of articles the journal touched in line with their files. */
  private async reconcile(ids: string[]): Promise<void> {
    for (const id of ids) {
      let article: Article | null = null;
      try {
        article = await this.files.readArticle(id);
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        article = await this.recover(id, this.index.get(id));
      }
      if (article) this.index.stage(summarize(article));
      else this.index.unstage(id);
    }
    if (!this.readOnly) await this.index.compact().catch(() => undefined);
  }

  private async rebuildIndex(): Promise<void> {
    const summaries: ArticleSummary[] = [];
    for (const id of await this.files.listArticleIds()) {
      let article: Article | null = null;
      try {
        article = await this.files.readArticle(id);
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        article = await this.recover(id, undefined);
      }
      if (article) summaries.push(summarize(article));
    }
    if (this.readOnly) summaries.forEach((summary) => this.index.stage(summary));
    else await this.index.replaceAll(summaries);
  }
}

/**
 * Content as it is stored: composed (NFC), and a body the editor can show — one it could not is refused with the
 * reason. The schema loads the first time (TipTap's, ≈ 100 ms), not at start-up.
 */
async function checkedContent(input: ArticleContent): Promise<ArticleContent> {
  const content = normalizeContent(input);
  const { documentProblem } = await import('../../../shared/schema/check-document');
  const problem = documentProblem(content.body);
  if (problem) throw new ApiError('INVALID_INPUT', problem);
  return content;
}

function normalizeContent(input: ArticleContent): ArticleContent {
  const content: ArticleContent = {
    title: input.title.normalize('NFC'),
    lead: input.lead.normalize('NFC'),
    body: normalizeDoc(input.body),
    byline: input.byline.normalize('NFC'),
  };
  if (input.categories !== undefined) content.categories = [...new Set(input.categories.map((category) => category.normalize('NFC').trim()).filter(Boolean))];
  if (input.tags !== undefined) content.tags = [...new Set(input.tags.map((tag) => tag.normalize('NFC').trim()).filter(Boolean))];
  if (input.spellingIgnored !== undefined) content.spellingIgnored = [...new Set(input.spellingIgnored.map((word) => word.normalize('NFC').trim().toLowerCase()).filter(Boolean))];
  if (input.template !== undefined) {
    content.template = input.template === null ? null : (JSON.parse(JSON.stringify(input.template).normalize('NFC')) as ArticleContent['template']);
  }
  return content;
}

/** A document compared by what it says: attributes left at their default (null) do not count. */
function canonical(node: DocNode, asRead = false): unknown {
  // As a reader sees it, a figure is its photo and caption: its copies of the photo's credit and alt text
  // (filled in by the editor when it opens the article) are not a change of the text, nor is an empty paragraph.
  const kept = node.attrs && asRead && node.type === 'figure' ? { photoId: node.attrs.photoId } : node.attrs;
  const attrs = kept ? Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== null && value !== undefined)) : undefined;
  return {
    type: node.type,
    ...(attrs && Object.keys(attrs).length ? { attrs } : {}),
    ...(node.marks?.length ? { marks: node.marks } : {}),
    ...(node.text !== undefined ? { text: node.text } : {}),
    ...(node.content?.length ? { content: (asRead ? node.content.filter((child) => !isEmptyParagraph(child)) : node.content).map((child) => canonical(child, asRead)) } : {}),
  };
}

/** An empty paragraph shows nothing (the editor keeps one after a last figure, to type into). */
function isEmptyParagraph(node: DocNode): boolean {
  return node.type === 'paragraph' && !node.content?.length;
}

function sameBody(a: DocNode, b: DocNode, asRead = false): boolean {
  return JSON.stringify(canonical(a, asRead)) === JSON.stringify(canonical(b, asRead));
}

/** What a reader sees: a change here sends an approved article back to review. */
function sameText(article: Article, content: ArticleContent): boolean {
  return article.title === content.title && article.lead === content.lead && article.byline === content.byline && sameBody(article.body, content.body, true);
}

function sameContent(article: Article, content: ArticleContent): boolean {
  return (
    article.title === content.title &&
    article.lead === content.lead &&
    article.byline === content.byline &&
    (content.template === undefined || JSON.stringify(article.template ?? null) === JSON.stringify(content.template)) &&
    (content.categories === undefined || JSON.stringify(article.categories ?? []) === JSON.stringify(content.categories)) &&
    (content.tags === undefined || JSON.stringify(article.tags ?? []) === JSON.stringify(content.tags)) &&
    (content.spellingIgnored === undefined || JSON.stringify(article.spellingIgnored ?? []) === JSON.stringify(content.spellingIgnored)) &&
    sameBody(article.body, content.body)
  );
}
