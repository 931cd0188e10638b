import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { formatTime } from '../../../shared/format/date';
import { jobSchema, type PublishJob } from '../../../shared/publish/model';
import type { ArticleService } from '../articles/article-service';
import type { MediaService } from '../media/media-service';
import { writeFileAtomic } from '../storage/atomic-write';
import { isMissingFile } from '../storage/fs-errors';
import { SerialQueue } from '../storage/serial-queue';
import type { PortalService } from './portal-service';
import { publishArticle } from './publisher';
import { PortalError } from './connector';

const MAX_BACKOFF_MS = 10 * 60 * 1000;
/** How long a finished job is kept (the newest one per article and portal stays for good). */
const JOB_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Publishing jobs that survive restarts and crashes, one file each in `outbox/`. A job waits while the
 * portal cannot be reached and goes by itself when it can, with backoff; it records each step, so a
 * retry continues and never publishes twice.
 */
export class Outbox {
  private readonly queue = new SerialQueue();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly folder: string;

  private started = false;
  /** Every job, read from its file once; each save updates it (no folder scan per tick or per call). */
  private jobs: Map<string, PublishJob> | null = null;

  constructor(
    dataDir: string,
    private readonly articles: ArticleService,
    private readonly media: MediaService,
    private readonly portals: PortalService,
    private readonly now: () => number = Date.now,
    /** Told every time a job is written (the services' events: progress without polling). */
    private readonly onJob: (job: PublishJob) => void = () => undefined,
  ) {
    this.folder = join(dataDir, 'outbox');
  }

  /**
   * Runs each waiting job when it is due — a timer set for the next one, woken again whenever a job is written —
   * until `stop()`. Finished jobs past their retention are compacted first.
   */
  start(): void {
    this.stopped = false;
    this.started = true;
    void this.queue.run(() => this.compactFinished()).finally(() => this.wake());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    await this.queue.idle();
  }

  /** Sets the timer for the next waiting job (at most a minute away, so a changed clock is noticed). */
  private wake(): void {
    if (!this.started || this.stopped || !this.jobs) return;
    const waiting = [...this.jobs.values()].filter((job) => job.state === 'waiting');
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((job) => job.nextAt));
    this.timer = setTimeout(() => void this.tick().finally(() => this.wake()), Math.max(0, Math.min(next - this.now(), 60_000)));
  }

  private async all(): Promise<Map<string, PublishJob>> {
    if (this.jobs) return this.jobs;
    let names: string[] = [];
    try {
      names = (await readdir(this.folder)).filter((name) => name.endsWith('.json'));
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
    const jobs = new Map<string, PublishJob>();
    for (const name of names) {
      const parsed = jobSchema.safeParse(JSON.parse(await readFile(join(this.folder, name), 'utf8').catch(() => 'null')));
      if (parsed.success) jobs.set(parsed.data.id, parsed.data);
    }
    this.jobs ??= jobs;
    return this.jobs;
  }

  async list(articleId?: string): Promise<PublishJob[]> {
    const jobs = [...(await this.all()).values()].filter((job) => !articleId || job.articleId === articleId);
    return jobs.sort((a, b) => b.createdAt - a.createdAt);
  }

  /**
   * Finished jobs older than the retention go, except the newest per article and portal: it records the post and
   * the photos already there, so the next publish updates that post.
   */
  private async compactFinished(): Promise<void> {
    const jobs = await this.all();
    const keep = new Set<string>();
    const newest = new Map<string, PublishJob>();
    for (const job of jobs.values()) {
      if (job.state !== 'done') continue;
      const key = `${job.articleId} ${job.portalId}`;
      const seen = newest.get(key);
      if (!seen || (job.doneAt ?? 0) > (seen.doneAt ?? 0)) newest.set(key, job);
    }
    for (const job of newest.values()) keep.add(job.id);
    for (const job of [...jobs.values()]) {
      if (job.state === 'done' && !keep.has(job.id) && this.now() - (job.doneAt ?? job.createdAt) > JOB_RETENTION_MS) {
        await unlink(join(this.folder, `${job.id}.json`)).catch(() => undefined);
        jobs.delete(job.id);
      }
    }
  }

  /** A publishing job for the article (the open one is reused: pressing twice does not publish twice). */
  enqueue(articleId: string, portalId: string, requestedBy: string, targetStatus: PublishJob['targetStatus'] = 'publish', scheduledAt: number | null = null): Promise<PublishJob> {
    return this.queue.run(async () => {
      const open = (await this.list(articleId)).find((job) => job.state !== 'done');
      const previous = (await this.list(articleId)).find((job) => job.state === 'done' && job.portalId === portalId);
      const job: PublishJob = open
        ? { ...open, state: 'waiting', nextAt: this.now(), lastError: null, portalId, targetStatus, scheduledAt, conflict: false, overwrite: false }
        : {
            id: randomBytes(8).toString('hex'),
            articleId,
            portalId,
            targetStatus,
            state: 'waiting',
            attempts: 0,
            nextAt: this.now(),
            lastError: null,
            requestedBy,
            scheduledAt,
            createdAt: this.now(),
            doneAt: null,
            progress: { photosDone: 0, photosTotal: 0, post: false },
            // Republishing an edited article updates the same post and reuses the photos already there.
            done: previous ? { ...previous.done } : { media: {}, postId: null, link: null },
          };
      await this.save(job);
      return job;
    });
  }

  /**
   * Records what is already on the portal for an article this workstation did not send (pulled from the
   * portal), as a finished job: the next publish updates that post and reuses its photos.
   */
  recordSent(articleId: string, portalId: string, requestedBy: string, done: PublishJob['done']): Promise<PublishJob> {
    return this.queue.run(async () => {
      const now = this.now();
      const job: PublishJob = {
        id: randomBytes(8).toString('hex'),
        articleId,
        portalId,
        targetStatus: 'pending',
        state: 'done',
        attempts: 0,
        nextAt: now,
        lastError: null,
        requestedBy,
        scheduledAt: null,
        createdAt: now,
        doneAt: now,
        progress: { photosDone: Object.keys(done.media).length, photosTotal: Object.keys(done.media).length, post: true },
        done,
      };
      await this.save(job);
      return job;
    });
  }

  retry(jobId: string, overwrite = false): Promise<PublishJob> {
    return this.queue.run(async () => {
      const job = (await this.list()).find((item) => item.id === jobId);
      if (!job) throw new ApiError('NOT_FOUND', 'Không tìm thấy việc đăng bài này.');
      const next = { ...job, state: 'waiting' as const, nextAt: this.now(), lastError: null, conflict: false, overwrite };
      await this.save(next);
      return next;
    });
  }

  /** Runs every job that is due, one after another. */
  tick(): Promise<void> {
    return this.queue.run(async () => {
      for (const job of await this.list()) {
        if (job.state === 'waiting' && job.nextAt <= this.now()) await this.run(job);
      }
    });
  }

  private async run(job: PublishJob): Promise<void> {
    let current: PublishJob = { ...job, state: 'working', attempts: job.attempts + 1 };
    await this.save(current);
    try {
      const article = await this.articles.get(job.articleId);
      const photos = await this.media.list(job.articleId);
      const state = await publishArticle(
        this.portals.connector(job.portalId),
        {
          article,
          photos: photos.photos,
          coverId: photos.coverId,
          status: job.targetStatus,
          categories: this.portals.categoriesFor(job.portalId, article.categories),
          webCopy: (photoId) => readFile(this.media.file(job.articleId, photoId, 'web')),
          firstAttempt: current.attempts === 1 && current.done.postId === null && Object.keys(current.done.media).length === 0,
          overwrite: current.overwrite ?? false,
          ...(job.targetStatus === 'future' && job.scheduledAt ? { date: new Date(job.scheduledAt).toISOString() } : {}),
        },
        current.done,
        async (done) => {
          current = { ...current, done: { ...done, media: { ...done.media } } };
          await this.save(current);
        },
        (progress) => {
          // Kept in memory; written with the next step (a write here would race with it).
          current = { ...current, progress };
        },
      );
      current = { ...current, done: state, state: 'done', doneAt: this.now(), lastError: null, overwrite: false };
      await this.save(current);
      await this.articles.markPublished(job.articleId, state.link ?? '', state.postId ?? '', job.requestedBy, job.targetStatus);
    } catch (error) {
      const retryable = error instanceof PortalError ? error.retryable : false;
      const message = error instanceof ApiError ? error.message : `Lỗi không mong đợi khi đăng bài: ${String(error)}`;
      const wait = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** Math.min(current.attempts - 1, 10));
      const sent = Object.keys(current.done.media).length;
      const detail = `${message} (đã đưa lên ${sent} ảnh${current.done.postId ? ', bài đã có trên cổng' : ', bài chưa lên cổng'})`;
      current = retryable
        ? { ...current, state: 'waiting', nextAt: this.now() + wait, lastError: `${detail}. Sẽ thử lại lúc ${formatTime(this.now() + wait)}.` }
        : error instanceof PortalError && error.problem === 'conflict'
          ? { ...current, state: 'failed', conflict: true, lastError: message }
          : { ...current, state: 'failed', lastError: `${detail}. Hãy sửa rồi bấm «Thử lại».` };
      await this.save(current);
    }
  }

  private async save(job: PublishJob): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(join(this.folder, `${job.id}.json`), JSON.stringify(job));
    (await this.all()).set(job.id, job);
    this.onJob(job);
    this.wake();
  }
}
