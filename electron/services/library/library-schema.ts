import { z } from 'zod';
import { articleSummarySchema } from '../../../shared/article/model';
import { settingsSchema } from '../../../shared/api/contract';

/** The version of `library.json` this build writes. Bump it with a new entry in `MIGRATIONS`. */
export const LIBRARY_SCHEMA_VERSION = 5;

export const libraryDataSchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  settings: settingsSchema,
  articles: z.record(z.string(), articleSummarySchema),
});
export type LibraryData = z.infer<typeof libraryDataSchema>;

export const DEFAULT_SETTINGS: LibraryData['settings'] = {
  authorName: '',
  toneStyle: 'auto',
  checkWhileTyping: true,
  spellingCheck: true,
  spellingBlocks: false,
  photoLongestSide: 1600,
  photoQuality: 82,
};

export function emptyLibrary(): LibraryData {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS }, articles: {} };
}

/**
 * Version 1 (the first prototype's format, frozen in tests/fixtures/library-v1): an array of entries,
 * Vietnamese status words, ISO dates, and the author's name under `settings.author`. No trash, no counts.
 */
const v1Schema = z.object({
  version: z.literal(1),
  settings: z.object({ author: z.string() }).partial().optional(),
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(['nhap', 'cho-duyet', 'da-duyet', 'da-xuat-ban']),
      author: z.string().optional(),
      created: z.string(),
      updated: z.string(),
    }),
  ),
});

const V1_STATUS = { nhap: 'draft', 'cho-duyet': 'submitted', 'da-duyet': 'approved', 'da-xuat-ban': 'published' } as const;

export interface Migration {
  /** The version this migration produces. */
  version: number;
  up: (data: unknown) => unknown;
}

/** Ordered: each entry takes the previous version to `version`. */
export const MIGRATIONS: Migration[] = [
  {
    version: 2,
    up(raw) {
      const v1 = v1Schema.parse(raw);
      const articles: LibraryData['articles'] = {};
      for (const entry of v1.articles) {
        articles[entry.id] = {
          id: entry.id,
          title: entry.title.normalize('NFC'),
          status: V1_STATUS[entry.status],
          author: (entry.author ?? '').normalize('NFC'),
          createdAt: Date.parse(entry.created),
          updatedAt: Date.parse(entry.updated),
          deletedAt: null,
          wordCount: 0,
          excerpt: '',
        };
      }
      return {
        schemaVersion: 2,
        settings: { authorName: (v1.settings?.author ?? '').normalize('NFC') },
        articles,
      };
    },
  },
  {
    // Version 3: the style checker's settings (tone placement, checking while typing).
    version: 3,
    up(raw) {
      const v2 = z.object({ schemaVersion: z.literal(2), settings: z.object({ authorName: z.string() }), articles: z.record(z.string(), z.unknown()) }).parse(raw);
      return { ...v2, schemaVersion: 3, settings: { authorName: v2.settings.authorName, toneStyle: 'auto', checkWhileTyping: true } };
    },
  },
  {
    // Version 4: the photo desk's web copy (longest side, JPEG quality).
    version: 4,
    up(raw) {
      const v3 = z.object({ schemaVersion: z.literal(3), settings: z.record(z.string(), z.unknown()), articles: z.record(z.string(), z.unknown()) }).parse(raw);
      return { ...v3, schemaVersion: 4, settings: { ...v3.settings, photoLongestSide: 1600, photoQuality: 82 } };
    },
  },
  {
    // Version 5: spelling (checked, as warnings unless the office makes it block a submission).
    version: 5,
    up(raw) {
      const v4 = z.object({ schemaVersion: z.literal(4), settings: z.record(z.string(), z.unknown()), articles: z.record(z.string(), z.unknown()) }).parse(raw);
      return { ...v4, schemaVersion: 5, settings: { ...v4.settings, spellingCheck: true, spellingBlocks: false } };
    },
  },
];

export function versionOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return NaN;
  const record = raw as { schemaVersion?: unknown; version?: unknown };
  const value = record.schemaVersion ?? record.version;
  return typeof value === 'number' ? value : NaN;
}

export class NewerDataError extends Error {
  constructor(readonly found: number) {
    super(`Dữ liệu được tạo bởi phiên bản mới hơn của Tòa soạn (lược đồ ${found}); hãy cập nhật ứng dụng.`);
  }
}

/** Brings any known older version up to date; refuses data from a newer app. */
export function migrate(raw: unknown): { data: LibraryData; from: number } {
  const from = versionOf(raw);
  if (!Number.isInteger(from) || from < 1) throw new Error('Không nhận ra phiên bản lược đồ của thư viện');
  if (from > LIBRARY_SCHEMA_VERSION) throw new NewerDataError(from);
  let data = raw;
  for (const migration of MIGRATIONS) {
    if (migration.version > from) data = migration.up(data);
  }
  return { data: libraryDataSchema.parse(data), from };
}
