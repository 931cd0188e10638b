import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { writeFileAtomic } from '../storage/atomic-write';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { articleSummarySchema, type ArticleSummary } from '../../../shared/article/model';
import type { Settings } from '../../../shared/api/contract';
import { moveAside } from '../storage/move-aside';
import type { NoticeBoard } from '../notices';
import { Journal } from './journal';
import { emptyLibrary, LIBRARY_SCHEMA_VERSION, migrate, NewerDataError, type LibraryData } from './library-schema';

export const LIBRARY_FILE = 'library.json';
export const JOURNAL_FILE = 'library.journal';
const COMPACT_AFTER = 1_000;

const journalEntrySchema = z.union([
  z.object({ t: z.literal('put'), s: articleSummarySchema }),
  z.object({ t: z.literal('del'), id: z.string() }),
]);
type JournalEntry = z.infer<typeof journalEntrySchema>;

export interface OpenedIndex {
  index: LibraryIndex;
  /** Articles the journal touched since the last snapshot: their files are checked against the index. */
  touched: Set<string>;
  /** True when the snapshot was missing or unreadable and the index must be rebuilt from the files. */
  needsRebuild: boolean;
  /** True when the data belongs to a newer app: nothing may be written. */
  readOnly: boolean;
}

export interface LibraryIndexOptions {
  durable?: boolean;
}

/**
 * The library index: a small summary of each article and the settings, in lowdb (`library.json`,
 * written atomically through steno), plus a journal of changes since the last snapshot. The index is
 * a cache of the article files and can always be rebuilt from them.
 */
export class LibraryIndex {
  private constructor(
    private readonly db: Low<LibraryData>,
    private readonly journal: Journal<JournalEntry>,
    private readonly path: string,
    private readonly durable: boolean,
  ) {}

  static async open(dir: string, notices: NoticeBoard, options: LibraryIndexOptions = {}): Promise<OpenedIndex> {
    const path = join(dir, LIBRARY_FILE);
    let migratedFrom: number | null = null;
    const adapter = new DataFile<LibraryData>(path, {
      parse: (text) => {
        const result = migrate(JSON.parse(text));
        if (result.from !== LIBRARY_SCHEMA_VERSION) migratedFrom = result.from;
        return result.data;
      },
      stringify: (data) => JSON.stringify(data),
    });
    const db = new Low<LibraryData>(adapter, emptyLibrary());
    const journal = new Journal<JournalEntry>(join(dir, JOURNAL_FILE), options.durable ?? true);
    let needsRebuild = false;
    let readOnly = false;
    let existed = true;
    try {
      const before = await adapter.read();
      if (before === null) existed = false;
      else db.data = before;
    } catch (error) {
      if (error instanceof NewerDataError) {
        readOnly = true;
        notices.add('error', `${error.message} Thư viện được mở ở chế độ chỉ đọc để không ghi đè dữ liệu.`);
      } else {
        needsRebuild = true;
        const aside = await moveAside(path);
        notices.add(
          'warning',
          aside
            ? 'Tệp mục lục thư viện bị hỏng nên đã được chuyển sang một bên; mục lục được dựng lại từ các bài viết.'
            : 'Không đọc được tệp mục lục thư viện; mục lục được dựng lại từ các bài viết.',
        );
      }
    }
    if (!existed) needsRebuild = true;
    const index = new LibraryIndex(db, journal, path, options.durable ?? true);
    const touched = new Set<string>();
    if (!readOnly) {
      if (migratedFrom !== null) {
        await copyFile(path, `${path}.v${migratedFrom}.bak`);
        notices.add('info', `Dữ liệu thư viện đã được nâng cấp từ phiên bản ${migratedFrom} lên ${LIBRARY_SCHEMA_VERSION}; bản cũ được giữ lại.`);
        await index.writeSnapshot();
        // The old format lacked counts and excerpts: every entry is refreshed from its file.
        for (const id of Object.keys(db.data.articles)) touched.add(id);
      }
      let entries: JournalEntry[] = [];
      try {
        entries = await journal.readAll((value) => journalEntrySchema.parse(value));
      } catch {
        needsRebuild = true;
        notices.add('warning', 'Không đọc được nhật ký thay đổi của thư viện; mục lục được dựng lại từ các bài viết.');
      }
      for (const entry of entries) {
        if (entry.t === 'put') {
          db.data.articles[entry.s.id] = entry.s;
          touched.add(entry.s.id);
        } else {
          delete db.data.articles[entry.id];
          touched.add(entry.id);
        }
      }
    }
    return { index, touched, needsRebuild, readOnly };
  }

  get size(): number {
    return Object.keys(this.db.data.articles).length;
  }

  get(id: string): ArticleSummary | undefined {
    return this.db.data.articles[id];
  }

  all(): ArticleSummary[] {
    return Object.values(this.db.data.articles);
  }

  /** Bumped by every change of the entries: what was worked out from them before is out of date. */
  private changes = 0;
  private ordered: { changes: number; direction: 1 | -1; items: ArticleSummary[] } | null = null;

  /**
   * Every entry by last change (`-1`: newest first), ties by id: worked out once per change of the library, not
   * once per call (a sort of 100,000 summaries costs about 100 ms; the library asks for a page at every scroll).
   * The array is shared: callers filter or slice it, never change it.
   */
  byUpdated(direction: 1 | -1): readonly ArticleSummary[] {
    if (this.ordered?.changes !== this.changes || this.ordered.direction !== direction) {
      const items = this.all().sort((a, b) => direction * (a.updatedAt - b.updatedAt) || a.id.localeCompare(b.id));
      this.ordered = { changes: this.changes, direction, items };
    }
    return this.ordered.items;
  }

  private changed(): void {
    this.changes += 1;
  }

  ids(): string[] {
    return Object.keys(this.db.data.articles);
  }

  settings(): Settings {
    return { ...this.db.data.settings };
  }

  async put(summary: ArticleSummary): Promise<void> {
    await this.journal.append({ t: 'put', s: summary });
    this.db.data.articles[summary.id] = summary;
    this.changed();
  }

  async remove(id: string): Promise<void> {
    await this.journal.append({ t: 'del', id });
    delete this.db.data.articles[id];
    this.changed();
  }

  /** Sets an entry in memory only; the caller writes the snapshot with `compact()`. */
  stage(summary: ArticleSummary): void {
    this.db.data.articles[summary.id] = summary;
    this.changed();
  }

  unstage(id: string): void {
    delete this.db.data.articles[id];
    this.changed();
  }

  /** Replaces the whole index (after a rebuild) and writes the snapshot. */
  async replaceAll(summaries: ArticleSummary[]): Promise<void> {
    this.db.data.articles = Object.fromEntries(summaries.map((summary) => [summary.id, summary]));
    this.changed();
    await this.compact();
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    Object.assign(this.db.data.settings, patch);
    await this.compact();
    return this.settings();
  }

  get wantsCompaction(): boolean {
    return this.journal.length >= COMPACT_AFTER;
  }

  /**
   * Writes the snapshot atomically and durably (flushed, renamed, the folder flushed), then empties the journal:
   * the journal is never emptied before the snapshot that replaces it is on the disk (replaying it is harmless).
   */
  async compact(): Promise<void> {
    await this.writeSnapshot();
    await this.journal.clear();
  }

  private async writeSnapshot(): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(this.db.data), { durable: this.durable });
  }

  async close(): Promise<void> {
    await this.journal.close();
  }
}
