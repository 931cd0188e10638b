import { createHash } from 'node:crypto';
import { cleanFileName } from '../../../shared/files/file-name';
import { readFile } from 'node:fs/promises';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { articleSchema, versionSchema, type Article } from '../../../shared/article/model';
import { formatDateTime } from '../../../shared/format/date';
import { MAX_IMPORT_BYTES } from '../../../shared/files/limits';
import { photoSchema, type Photo } from '../../../shared/media/model';
import { figurePhotoIds, portalHtml, slugify } from '../../../shared/publish/html';
import { standaloneHtml } from '../../../shared/publish/standalone';
import { trailEntrySchema } from '../../../shared/workflow/model';
import type { ArticleService } from '../articles/article-service';
import type { MediaService } from '../media/media-service';
import { readZip } from '../storage/zip-reader';

export const PACKAGE_FORMAT = 'toasoan-goi-bai';

const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(1),
  exportedAt: z.number(),
  appVersion: z.string(),
  articleId: z.string(),
  title: z.string(),
  files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() })),
});

const photosFileSchema = z.object({ coverId: z.string().nullable(), photos: z.array(photoSchema) });

/** A path inside a package: plain names under plain folders, nothing that climbs out ("../"), nothing absolute. */
const SAFE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean => signature.every((byte, index) => bytes[at + index] === byte);
const isJpeg = (bytes: Uint8Array): boolean => startsWith(bytes, [0xff, 0xd8, 0xff]);

/** Whether a photo's original starts as its kind of file does. */
function looksLike(bytes: Uint8Array, ext: Photo['originalExt']): boolean {
  switch (ext) {
    case 'jpg':
      return isJpeg(bytes);
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]);
    case 'webp':
      return startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8);
    case 'tif':
      return startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);
    case 'heic':
    case 'avif':
      return startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4);
  }
}

function refuse(message: string): never {
  throw new ApiError('INVALID_INPUT', message);
}

function parse(bytes: Uint8Array | undefined): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes ?? new Uint8Array()));
  } catch {
    return undefined;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * An article as one file, to hand over on a USB stick: the article, its trail, its versions if asked for,
 * its photos (original, captioned web copy, thumbnail, with their captions and credits), and a manifest
 * with the hash of every file. Imported on another workstation with the same ids: a second import updates.
 */
export class ArticlePackager {
  constructor(
    private readonly articles: ArticleService,
    private readonly media: MediaService,
    private readonly appVersion: string,
  ) {}

  async export(articleId: string, withVersions: boolean): Promise<{ fileName: string; bytes: Uint8Array }> {
    const { article, versions, trail } = await this.articles.packageData(articleId, withVersions);
    const list = await this.media.list(articleId);
    const files: Record<string, Uint8Array> = {
      'article.json': strToU8(JSON.stringify(article)),
      'trail.json': strToU8(JSON.stringify(trail)),
      'photos.json': strToU8(JSON.stringify({ coverId: list.coverId, photos: list.photos })),
    };
    for (const version of versions) files[`versions/${version.id}.json`] = strToU8(JSON.stringify(version));
    for (const photo of list.photos) {
      const { original, web, thumb } = await this.media.photoFiles(articleId, photo);
      files[`photos/${photo.id}/original.${photo.originalExt}`] = original;
      files[`photos/${photo.id}/web.jpg`] = web;
      files[`photos/${photo.id}/thumb.jpg`] = thumb;
    }
    const manifest = {
      format: PACKAGE_FORMAT,
      version: 1,
      exportedAt: Date.now(),
      appVersion: this.appVersion,
      articleId,
      title: article.title,
      files: Object.entries(files).map(([path, bytes]) => ({ path, sha256: sha256(bytes), bytes: bytes.length })),
    };
    const zippable: Zippable = { 'manifest.json': [strToU8(JSON.stringify(manifest, null, 1)), { level: 6 }] };
    // Photos do not compress: stored as they are; the JSON is.
    for (const [path, bytes] of Object.entries(files)) zippable[path] = [bytes, { level: path.endsWith('.json') ? 6 : 0 }];
    return { fileName: `${slugify(article.title) || 'bai-viet'}.toasoan`, bytes: zipSync(zippable) };
  }

  /** The article as the portal would show it, in one HTML file with its photos inside (data addresses). */
  async exportHtml(articleId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const article = await this.articles.get(articleId);
    const list = await this.media.list(articleId);
    const byId = new Map(list.photos.map((photo) => [photo.id, photo]));
    const inline = new Map<string, string>();
    for (const id of new Set([...figurePhotoIds(article.body), ...(list.coverId ? [list.coverId] : [])])) {
      if (!byId.has(id)) continue;
      inline.set(id, `data:image/jpeg;base64,${Buffer.from(await readFile(this.media.file(articleId, id, 'web'))).toString('base64')}`);
    }
    const body = portalHtml(article.body, article.byline, (photoId) => {
      const photo = byId.get(photoId);
      const url = inline.get(photoId);
      return photo && url ? { id: photo.id, url, alt: photo.alt, credit: photo.credit } : undefined;
    });
    const cover = list.coverId && !figurePhotoIds(article.body).includes(list.coverId) ? byId.get(list.coverId) : undefined;
    const html = standaloneHtml(article, body, { date: article.updatedAt, ...(cover ? { coverSrc: inline.get(cover.id), coverAlt: cover.alt } : {}) });
    return { fileName: `${slugify(article.title) || 'bai-viet'}.html`, bytes: strToU8(html) };
  }

  /**
   * Checks everything before writing anything: the size, the paths, the manifest, every hash, every file's
   * form. Then the photos, then the article.
   */
  async import(fileName: string, bytes: Uint8Array): Promise<{ articleId: string; updated: boolean; photos: number; versions: number; title: string }> {
    const name = cleanFileName(fileName, 'gói bài');
    if (bytes.length > MAX_IMPORT_BYTES) refuse(`«${name}» quá lớn (${(bytes.length / 1048576).toFixed(1).replace('.', ',')} MB, vượt giới hạn ${MAX_IMPORT_BYTES / 1048576} MB). Hãy xuất lại gói không kèm phiên bản, hoặc chia ảnh ra.`);
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuse(`«${name}» không phải gói bài của Tòa soạn (.toasoan).`);
    const entries = await readZip(bytes, name);
    for (const path of entries.keys()) {
      if (!SAFE_PATH.test(path) || path.split('/').includes('..')) refuse(`«${name}» có đường dẫn không an toàn («${path}»), nên không nhập gì.`);
    }
    const manifestBytes = entries.get('manifest.json');
    if (!manifestBytes) refuse(`«${name}» không có bảng kê (manifest.json): không phải gói bài của Tòa soạn.`);
    const manifest = manifestSchema.safeParse(parse(manifestBytes));
    if (!manifest.success) refuse(`Bảng kê của «${name}» không đúng dạng gói bài (có thể do phiên bản Tòa soạn khác).`);
    const listed = new Map(manifest.data.files.map((file) => [file.path, file]));
    for (const path of entries.keys()) if (path !== 'manifest.json' && !listed.has(path)) refuse(`«${name}» có tệp «${path}» không nằm trong bảng kê, nên không nhập gì.`);
    for (const file of manifest.data.files) {
      const data = entries.get(file.path);
      if (!data) refuse(`«${name}» thiếu tệp «${file.path}» có trong bảng kê, nên không nhập gì.`);
      if (data.length !== file.bytes || sha256(data) !== file.sha256) refuse(`Tệp «${file.path}» trong «${name}» không khớp mã băm (bị hỏng hoặc bị sửa), nên không nhập gì.`);
    }
    const json = <T>(path: string, schema: z.ZodType<T>): T => {
      const parsed = schema.safeParse(parse(entries.get(path)));
      if (!parsed.success) refuse(`Tệp «${path}» trong «${name}» không đúng dạng, nên không nhập gì.`);
      return parsed.data;
    };
    const article: Article = json('article.json', articleSchema);
    if (article.id !== manifest.data.articleId) refuse(`«${name}»: bài trong gói không khớp bảng kê.`);
    const trail = json('trail.json', z.array(trailEntrySchema));
    const photos = json('photos.json', photosFileSchema);
    const versions = [...entries.keys()].filter((path) => path.startsWith('versions/')).map((path) => json(path, versionSchema));
    if (versions.some((version) => version.articleId !== article.id)) refuse(`«${name}»: có phiên bản của bài khác trong gói.`);
    const photoFiles = photos.photos.map((photo) => {
      const original = entries.get(`photos/${photo.id}/original.${photo.originalExt}`);
      const web = entries.get(`photos/${photo.id}/web.jpg`);
      const thumb = entries.get(`photos/${photo.id}/thumb.jpg`);
      if (photo.articleId !== article.id || !original || !web || !thumb) refuse(`«${name}»: ảnh «${photo.fileName}» thiếu tệp hoặc thuộc bài khác.`);
      // The photo's own fingerprint, and files that are what they say (a page of HTML named web.jpg is not a photo).
      if (sha256(original) !== photo.hash) refuse(`«${name}»: ảnh gốc «${photo.fileName}» không khớp dấu vân tay của nó (bị thay hoặc bị hỏng), nên không nhập gì.`);
      if (!isJpeg(web) || !isJpeg(thumb) || !looksLike(original, photo.originalExt)) refuse(`«${name}»: tệp của ảnh «${photo.fileName}» không phải là ảnh, nên không nhập gì.`);
      return { photo, files: { original, web, thumb } };
    });

    const wasHere = this.articles.has(article.id);
    try {
      // Photos and article together: staged, switched, and put back if the article cannot be written.
      return await this.media.replacePhotos(article.id, photoFiles, photos.coverId, async () => {
        const { updated } = await this.articles.receivePackage({
          article,
          versions,
          trail,
          note: `Nhận từ gói «${name}» (xuất lúc ${formatDateTime(manifest.data.exportedAt)}, ${photos.photos.length} ảnh${versions.length ? `, ${versions.length} phiên bản` : ''}).`,
        });
        return { articleId: article.id, updated, photos: photos.photos.length, versions: versions.length, title: article.title };
      });
    } catch (error) {
      // A new article that could not be written leaves no photos behind.
      if (!wasHere) await this.media.removeAll(article.id).catch(() => undefined);
      throw error;
    }
  }
}
