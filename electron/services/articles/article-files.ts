import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { articleIdSchema, articleSchema, versionSchema, versionSummarySchema, type Article, type Version, type VersionSummary } from '../../../shared/article/model';
import { writeFileAtomic } from '../storage/atomic-write';
import { isMissingFile } from '../storage/fs-errors';

export const ARTICLE_FILE_VERSION = 1;

const articleFileSchema = z.object({ schemaVersion: z.literal(ARTICLE_FILE_VERSION), article: articleSchema });
const versionFileSchema = z.object({ schemaVersion: z.literal(ARTICLE_FILE_VERSION), version: versionSchema });
const versionListSchema = z.object({ schemaVersion: z.literal(ARTICLE_FILE_VERSION), versions: z.array(versionSummarySchema) });

export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`Unreadable file ${path}`, { cause });
  }
}

/** Where one article's files live: `articles/<id>/article.json`, `versions/`, `versions.json`. */
export class ArticleFiles {
  constructor(private readonly root: string) {}

  get articlesRoot(): string {
    return join(this.root, 'articles');
  }

  folder(id: string): string {
    articleIdSchema.parse(id);
    return join(this.articlesRoot, id);
  }

  articlePath(id: string): string {
    return join(this.folder(id), 'article.json');
  }

  versionPath(id: string, versionId: string): string {
    return join(this.folder(id), 'versions', `${versionId}.json`);
  }

  versionListPath(id: string): string {
    return join(this.folder(id), 'versions.json');
  }

  async listArticleIds(): Promise<string[]> {
    try {
      const entries = await readdir(this.articlesRoot, { withFileTypes: true });
      return entries.filter((entry) => entry.isDirectory() && articleIdSchema.safeParse(entry.name).success).map((entry) => entry.name);
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
  }

  /** Removes temporary files that a write cut short by a crash left in the article's folders. */
  async sweepTemporaries(id: string): Promise<void> {
    for (const folder of [this.folder(id), join(this.folder(id), 'versions')]) {
      let names: string[] = [];
      try {
        names = await readdir(folder);
      } catch {
        continue;
      }
      for (const name of names) {
        if (name.startsWith('.') && name.endsWith('.tmp')) await unlink(join(folder, name)).catch(() => undefined);
      }
    }
  }

  /** The article, `null` when it has no file, or `UnreadableFileError` when the file is damaged. */
  async readArticle(id: string): Promise<Article | null> {
    const path = this.articlePath(id);
    const text = await readOrNull(path);
    if (text === null) return null;
    try {
      return articleFileSchema.parse(JSON.parse(text)).article;
    } catch (error) {
      throw new UnreadableFileError(path, error);
    }
  }

  async writeArticle(article: Article): Promise<void> {
    await mkdir(this.folder(article.id), { recursive: true });
    await writeFileAtomic(this.articlePath(article.id), JSON.stringify({ schemaVersion: ARTICLE_FILE_VERSION, article }));
  }

  async readVersion(id: string, versionId: string): Promise<Version | null> {
    const path = this.versionPath(id, versionId);
    const text = await readOrNull(path);
    if (text === null) return null;
    try {
      return versionFileSchema.parse(JSON.parse(text)).version;
    } catch (error) {
      throw new UnreadableFileError(path, error);
    }
  }

  async writeVersion(version: Version): Promise<void> {
    await mkdir(join(this.folder(version.articleId), 'versions'), { recursive: true });
    await writeFileAtomic(this.versionPath(version.articleId, version.id), JSON.stringify({ schemaVersion: ARTICLE_FILE_VERSION, version }));
  }

  /** Version summaries, newest first. A version file the list does not know yet (a crash between the two writes) is picked up. */
  async listVersions(id: string): Promise<VersionSummary[]> {
    let listed: VersionSummary[] = [];
    const text = await readOrNull(this.versionListPath(id));
    if (text !== null) {
      const parsed = versionListSchema.safeParse(safeJson(text));
      if (parsed.success) listed = parsed.data.versions;
    }
    const known = new Set(listed.map((version) => version.id));
    let files: string[] = [];
    try {
      files = await readdir(join(this.folder(id), 'versions'));
    } catch (error) {
      if (!isMissingFile(error)) throw error;
    }
    const onDisk = new Set(files.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)));
    const result = listed.filter((version) => onDisk.has(version.id));
    for (const versionId of onDisk) {
      if (known.has(versionId)) continue;
      try {
        const version = await this.readVersion(id, versionId);
        if (version) result.push(toVersionSummary(version));
      } catch {
        // A damaged version file is left where it is and not listed.
      }
    }
    return result.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  }

  async writeVersionList(id: string, versions: VersionSummary[]): Promise<void> {
    await writeFileAtomic(this.versionListPath(id), JSON.stringify({ schemaVersion: ARTICLE_FILE_VERSION, versions }));
  }
}

export function toVersionSummary(version: Version): VersionSummary {
  return {
    id: version.id,
    articleId: version.articleId,
    createdAt: version.createdAt,
    reason: version.reason,
    title: version.title,
    wordCount: version.wordCount,
  };
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw new UnreadableFileError(path, error);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
