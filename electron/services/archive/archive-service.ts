import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { archiveThumbPath } from '../../../shared/media/model';
import { archiveId, archiveRef } from '../../../shared/search/ids';
import { join } from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { eventKind } from '../../../shared/search/kinds';
import type { ArchivePost, PortalConnector } from '../publish/connector';
import type { SearchDoc, SearchStore } from '../search/search-store';
import { writeFileAtomic } from '../storage/atomic-write';
import { ARCHIVE_THUMB_MAX_BYTES, archiveThumbnail, inTurns } from './thumbnails';

/** Raise when the stored files change shape (with a migration here). */
export const ARCHIVE_FILE_VERSION = 1;

/** Posts asked for per request: small enough that a page lost to a cut network costs little. */
export const ARCHIVE_PAGE = 50;

/** A post id the workstation will make a file name of: anything else from a portal is refused. */
const POST_ID = /^[A-Za-z0-9_-]{1,100}$/;

const stateSchema = z.object({
  schemaVersion: z.literal(ARCHIVE_FILE_VERSION),
  /** What the last complete pull saw last: the next one asks only for what changed after it. */
  since: z.string().nullable(),
  /** The pull under way: the next page to ask for, and the newest change seen so far. */
  page: z.number().int().positive(),
  newest: z.string().nullable(),
  phase: z.enum(['changes', 'deletions']),
  /** When a pull last went through to its end (ms). */
  completedAt: z.number().nullable(),
});
type PullState = z.infer<typeof stateSchema>;

export interface StoredArchivePost extends ArchivePost {
  /** When the workstation found it gone from the portal (ms); null while it is there. */
  deletedAt: number | null;
}

const storedSchema = z.object({
  schemaVersion: z.literal(ARCHIVE_FILE_VERSION),
  post: z.object({
    id: z.string(),
    title: z.string(),
    lead: z.string(),
    html: z.string(),
    published: z.string(),
    modified: z.string(),
    link: z.string(),
    author: z.string(),
    categories: z.array(z.string()),
    tags: z.array(z.string()),
    thumbnailUrl: z.string().nullable(),
    deletedAt: z.number().nullable(),
  }),
});

export interface ArchiveProgress {
  portalId: string;
  phase: 'changes' | 'deletions';
  /** Posts brought in (new or changed) by this pull so far. */
  fetched: number;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  message?: string;
}

export interface PullResult {
  fetched: number;
  deleted: number;
  state: 'done' | 'cancelled';
}

function freshState(since: string | null = null, completedAt: number | null = null): PullState {
  return { schemaVersion: ARCHIVE_FILE_VERSION, since, page: 1, newest: null, phase: 'changes', completedAt };
}

/** Plain text of a post's body for the index: tags out, the commonest entities back, paragraphs as lines. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|tr)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s\n]*/g, '\n')
    .trim();
}

/**
 * «Kho bài trên cổng»: the portal's published posts, kept on the workstation as read-only references, apart from
 * the office's own work (`archive/<portal>/`). A pull asks for pages of what changed since the last complete pull,
 * writes each post atomically and puts it in the search index, and records where it is after every page: a pull
 * cut short (the app closed, the network lost, cancelled) goes on from that page. At its end it compares the ids
 * the portal still publishes with those kept, and marks the others deleted.
 */
export class ArchiveService {
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly dataDir: string,
    private readonly connector: (portalId: string) => PortalConnector,
    private readonly index: () => SearchStore | null,
    private readonly onProgress: (progress: ArchiveProgress) => void = () => undefined,
  ) {}

  private folder(portalId: string): string {
    if (!POST_ID.test(portalId)) throw new ApiError('INVALID_INPUT', 'Mã cổng không hợp lệ.');
    return join(this.dataDir, 'archive', portalId);
  }

  private async readState(portalId: string): Promise<PullState> {
    try {
      return stateSchema.parse(JSON.parse(await readFile(join(this.folder(portalId), 'state.json'), 'utf8')));
    } catch {
      // None yet, or unreadable: the next pull starts from the beginning (the posts kept are compared, not lost).
      return freshState();
    }
  }

  private async writeState(portalId: string, state: PullState): Promise<void> {
    await writeFileAtomic(join(this.folder(portalId), 'state.json'), JSON.stringify(state));
  }

  /** One kept post, or null. */
  async get(portalId: string, postId: string): Promise<StoredArchivePost | null> {
    if (!POST_ID.test(postId)) return null;
    try {
      return storedSchema.parse(JSON.parse(await readFile(join(this.folder(portalId), 'posts', `${postId}.json`), 'utf8'))).post;
    } catch {
      return null;
    }
  }

  private async keep(portalId: string, post: StoredArchivePost): Promise<void> {
    await writeFileAtomic(join(this.folder(portalId), 'posts', `${post.id}.json`), JSON.stringify({ schemaVersion: ARCHIVE_FILE_VERSION, post }));
  }

  /** Where a post's thumbnail is kept (`archive/<portal>/thumbs/<post>.jpg`); only ever inside that folder. */
  thumbFile(portalId: string, postId: string): string {
    if (!POST_ID.test(postId)) throw new ApiError('NOT_FOUND', 'Không có ảnh này.');
    return join(this.folder(portalId), 'thumbs', `${postId}.jpg`);
  }

  /** When the post's thumbnail was made (ms, for the address to change with it), or null when it has none. */
  async thumbVersion(portalId: string, postId: string): Promise<number | null> {
    try {
      return Math.floor((await stat(this.thumbFile(portalId, postId))).mtimeMs);
    } catch {
      return null;
    }
  }

  /** For a search result: where the page loads its thumbnail from, or null (an own article, or a post without one). */
  async thumbnail(searchId: string): Promise<string | null> {
    const ref = archiveRef(searchId);
    if (!ref) return null;
    const version = await this.thumbVersion(ref.portalId, ref.postId);
    return version === null ? null : archiveThumbPath(ref.portalId, ref.postId, version);
  }

  /**
   * The featured image of each of these posts as a thumbnail, a few at a time. One that cannot be had (the network,
   * an address outside the portal, a file that is no image) leaves the post without one, its address kept; it is
   * tried again when the post is next listed.
   */
  private async thumbnails(portalId: string, connector: PortalConnector, posts: ArchivePost[]): Promise<void> {
    await mkdir(join(this.folder(portalId), 'thumbs'), { recursive: true });
    await inTurns(posts, 4, async (post) => {
      const file = this.thumbFile(portalId, post.id);
      if (!post.thumbnailUrl) {
        await rm(file, { force: true });
        return;
      }
      try {
        await writeFileAtomic(file, await archiveThumbnail(await connector.download(post.thumbnailUrl, ARCHIVE_THUMB_MAX_BYTES)), { durable: false });
      } catch {
        // Without a thumbnail: the list shows none.
      }
    });
  }

  private doc(portalId: string, post: ArchivePost): SearchDoc {
    const date = Date.parse(post.published);
    return {
      id: archiveId(portalId, post.id),
      source: 'archive',
      date: Number.isFinite(date) ? date : 0,
      stamp: Number.isFinite(Date.parse(post.modified)) ? Date.parse(post.modified) : 0,
      title: post.title,
      text: [htmlText(post.lead), htmlText(post.html)].filter(Boolean).join('\n'),
      category: post.categories[0] ?? '',
      kind: eventKind(post.title),
    };
  }

  /**
   * The index brought up to date with the posts kept here: after an index was lost, damaged or made anew for a new
   * version, the archive is found again without asking the portal. In the background, a hundred posts a step; what
   * the index holds of a post that is no longer kept (or marked deleted) leaves it. A pull running meanwhile is
   * harmless: it writes the same documents.
   */
  async reindex(): Promise<number> {
    const index = this.index();
    if (!index) return 0;
    const held = index.stamps('archive');
    const portals = await readdir(join(this.dataDir, 'archive')).catch(() => [] as string[]);
    const kept = new Set<string>();
    let added = 0;
    for (const portalId of portals.filter((name) => POST_ID.test(name))) {
      const files = (await readdir(join(this.folder(portalId), 'posts')).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
      for (let start = 0; start < files.length; start += 100) {
        const posts = await Promise.all(files.slice(start, start + 100).map((name) => this.get(portalId, name.slice(0, -'.json'.length))));
        const docs: SearchDoc[] = [];
        for (const post of posts) {
          if (!post || post.deletedAt !== null) continue;
          const doc = this.doc(portalId, post);
          kept.add(doc.id);
          if (held.get(doc.id) !== doc.stamp) docs.push(doc);
        }
        index.put(docs);
        added += docs.length;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    index.remove([...held.keys()].filter((id) => !kept.has(id)));
    return added;
  }

  /** Whether a pull is under way, how many posts are kept, and when the last pull went through. */
  async status(portalId: string): Promise<{ running: boolean; kept: number; completedAt: number | null }> {
    const files = await readdir(join(this.folder(portalId), 'posts')).catch(() => [] as string[]);
    return { running: this.running.has(portalId), kept: files.filter((name) => name.endsWith('.json')).length, completedAt: (await this.readState(portalId)).completedAt };
  }

  /** Starts a pull in the background (its end, or its failure, comes as progress). */
  start(portalId: string): void {
    if (this.running.has(portalId)) return;
    void this.pull(portalId).catch(() => undefined);
  }

  /** Stops a pull under way after the page it is on; what it brought stays, and the next pull goes on from there. */
  cancel(portalId: string): void {
    this.running.get(portalId)?.abort();
  }

  /** Brings the archive up to date with the portal: resumes a pull cut short, else asks for what changed. */
  async pull(portalId: string): Promise<PullResult> {
    if (this.running.has(portalId)) throw new ApiError('INVALID_INPUT', 'Kho bài của cổng này đang được cập nhật.');
    const controller = new AbortController();
    this.running.set(portalId, controller);
    let fetched = 0;
    let phase: ArchiveProgress['phase'] = 'changes';
    const tell = (state: ArchiveProgress['state'], message?: string): void => this.onProgress({ portalId, phase, fetched, state, ...(message ? { message } : {}) });
    try {
      const connector = this.connector(portalId);
      await mkdir(join(this.folder(portalId), 'posts'), { recursive: true });
      let state = await this.readState(portalId);
      tell('running');
      // The next page is asked for while this one is written: the network and the disk work at once.
      const ask = (page: number) => {
        const answer = connector.listArchive({ since: state.since, page, perPage: ARCHIVE_PAGE });
        // Handled from the start: a page that fails while the one before is being written is not an unhandled
        // rejection (which would end the process); awaiting it below still throws.
        answer.catch(() => undefined);
        return answer;
      };
      let coming: ReturnType<typeof ask> | null = state.phase === 'changes' ? ask(state.page) : null;
      while (state.phase === 'changes' && coming) {
        const listed = await coming;
        coming = listed.more && !controller.signal.aborted ? ask(state.page + 1) : null;
        const wanted = listed.posts.filter((post) => POST_ID.test(post.id));
        const pictures: ArchivePost[] = [];
        const changed = await Promise.all(
          wanted.map(async (post) => {
            const kept = await this.get(portalId, post.id);
            const same = kept !== null && kept.modified === post.modified && kept.deletedAt === null;
            if (!same || (post.thumbnailUrl !== null && (await this.thumbVersion(portalId, post.id)) === null)) pictures.push(post);
            if (same) return null;
            await this.keep(portalId, { ...post, deletedAt: null });
            return post;
          }),
        );
        // Before the page counts as done: a pull cut short here asks for these posts, and their pictures, again.
        await this.thumbnails(portalId, connector, pictures);
        const docs = changed.filter((post): post is ArchivePost => post !== null).map((post) => this.doc(portalId, post));
        this.index()?.put(docs);
        fetched += docs.length;
        const newest = listed.posts.reduce<string | null>((max, post) => (max === null || post.modified > max ? post.modified : max), state.newest);
        state = listed.more ? { ...state, page: state.page + 1, newest } : { ...state, page: 1, newest, phase: 'deletions' };
        // After the page's posts are on disk: a pull stopped here goes on from the next page.
        await this.writeState(portalId, state);
        tell('running');
        if (controller.signal.aborted && state.phase === 'changes') {
          tell('cancelled');
          return { fetched, deleted: 0, state: 'cancelled' };
        }
      }
      phase = 'deletions';
      tell('running');
      const deleted = await this.markDeleted(portalId, connector);
      await this.writeState(portalId, freshState(state.newest ?? state.since, Date.now()));
      tell('done');
      return { fetched, deleted, state: 'done' };
    } catch (error) {
      tell('failed', error instanceof Error ? error.message : 'Lỗi không rõ.');
      throw error;
    } finally {
      this.running.delete(portalId);
    }
  }

  /** The posts kept that the portal no longer publishes: marked deleted, and out of the search index. */
  private async markDeleted(portalId: string, connector: PortalConnector): Promise<number> {
    const published = new Set<string>();
    for (let page = 1; ; page += 1) {
      const listed = await connector.listArchiveIds(page, 500);
      for (const id of listed.ids) published.add(id);
      if (!listed.more) break;
    }
    const files = await readdir(join(this.folder(portalId), 'posts')).catch(() => [] as string[]);
    // A portal that says it publishes nothing at all while posts of it are kept is far likelier broken than
    // emptied: nothing is marked on that word.
    if (published.size === 0) return 0;
    let deleted = 0;
    const gone: string[] = [];
    for (const file of files) {
      const postId = file.replace(/\.json$/, '');
      if (!file.endsWith('.json') || published.has(postId)) continue;
      const kept = await this.get(portalId, postId);
      if (!kept || kept.deletedAt !== null) continue;
      await this.keep(portalId, { ...kept, deletedAt: Date.now() });
      gone.push(archiveId(portalId, postId));
      deleted += 1;
    }
    this.index()?.remove(gone);
    return deleted;
  }
}
