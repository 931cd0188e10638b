import { createHash, randomBytes } from 'node:crypto';
import { cleanFileName } from '../../../shared/files/file-name';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { zipSync } from 'fflate';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { MAX_PHOTO_BYTES, photoIdSchema, photoSchema, type Photo, type PhotoEdit, type PhotoSize } from '../../../shared/media/model';
import { writeFileAtomic } from '../storage/atomic-write';
import { writeFileDirect } from '../storage/direct-write';
import { isMissingFile, writeFailure } from '../storage/fs-errors';
import { moveAside } from '../storage/move-aside';
import { KeyedQueue } from '../storage/serial-queue';
import type { NoticeBoard } from '../notices';
import { HeicDecoder } from './heic';
import { ImportBatches, type BatchPlace } from './import-batches';
import { attachIccProfile } from './jpeg-icc';
import { metadataFromExif, PhotoMetadata } from './photo-metadata';

export const MAX_PIXELS = 110_000_000;
const THUMB_SIDE = 400;

const photoListSchema = z.object({ schemaVersion: z.literal(1), coverId: z.string().nullable(), photos: z.array(photoSchema) });
type PhotoList = z.infer<typeof photoListSchema>;

const FORMATS: Record<string, Photo['originalExt']> = { jpeg: 'jpg', png: 'png', webp: 'webp', tiff: 'tif' };

export interface WebCopySettings {
  longestSide: number;
  quality: number;
}

export type AddResult = { status: 'added'; photo: Photo } | { status: 'duplicate'; photo: Photo };

/**
 * The photos of each article: the original kept untouched, an upright web copy with the caption,
 * credit and alt text written into its metadata, and a thumbnail. One folder per article under
 * `media/`, with `photos.json` (order, captions, cover) written atomically.
 */
export class MediaService {
  private readonly queues = new KeyedQueue();
  private readonly metadata = new PhotoMetadata();
  private readonly heic = new HeicDecoder();
  private readonly batches = new ImportBatches();
  private readonly root: string;

  constructor(
    dataDir: string,
    private readonly notices: NoticeBoard,
    private readonly settings: () => WebCopySettings,
  ) {
    this.root = join(dataDir, 'media');
  }

  async list(articleId: string): Promise<PhotoList> {
    return this.read(articleId);
  }

  /**
   * One photo into the article. Each file either arrives whole or not at all; a bad one is said by name.
   * The heavy work runs outside the article's queue, so two photos are processed at once; only the
   * commit to `photos.json` is in turn (and checks again for a twin that finished first). A photo of a batch
   * takes its place in the batch's order, and a batch that gives the article its cover gives its first photo.
   */
  async add(articleId: string, fileName: string, bytes: Buffer, options: { photoId?: string; batch?: BatchPlace } = {}): Promise<AddResult> {
    const name = cleanFileName(fileName, 'ảnh');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = (await this.read(articleId)).photos.find((photo) => photo.hash === hash);
    if (existing) return { status: 'duplicate', photo: existing };
    const photo = await this.process(articleId, name, hash, bytes, options.photoId);
    return this.queue(articleId).run(async () => {
      const list = await this.read(articleId);
      const twin = list.photos.find((item) => item.hash === hash);
      if (twin) {
        await rm(this.folder(articleId, photo.id), { recursive: true, force: true });
        return { status: 'duplicate', photo: twin };
      }
      this.batches.place(articleId, list, photo, options.batch);
      try {
        await this.write(articleId, list);
      } catch (error) {
        await rm(this.folder(articleId, photo.id), { recursive: true, force: true });
        throw writeFailure(error, `ảnh «${name}»`);
      }
      return { status: 'added', photo };
    });
  }

  update(articleId: string, photoIds: string[], edit: PhotoEdit): Promise<Photo[]> {
    return this.queue(articleId).run(async () => {
      const list = await this.read(articleId);
      const changed: Photo[] = [];
      for (const id of photoIds) {
        const index = list.photos.findIndex((photo) => photo.id === id);
        if (index < 0) throw new ApiError('NOT_FOUND', 'Không tìm thấy ảnh này; có thể ảnh đã bị xóa.');
        const before = list.photos[index];
        const next: Photo = {
          ...before,
          ...Object.fromEntries(Object.entries(edit).map(([key, value]) => [key, typeof value === 'string' ? value.normalize('NFC').trim() : value])),
        };
        const metadataChanged = next.caption !== before.caption || next.credit !== before.credit || next.alt !== before.alt;
        if (metadataChanged) {
          await this.metadata.write(this.file(articleId, id, 'web'), next).catch((error: unknown) => {
            throw writeFailure(error, 'chú thích vào ảnh');
          });
          next.revision = before.revision + 1;
        }
        list.photos[index] = next;
        changed.push(next);
      }
      await this.write(articleId, list);
      return changed;
    });
  }

  reorder(articleId: string, order: string[]): Promise<PhotoList> {
    return this.queue(articleId).run(async () => {
      const list = await this.read(articleId);
      const position = new Map(order.map((id, index) => [id, index]));
      list.photos.sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
      await this.write(articleId, list);
      return list;
    });
  }

  setCover(articleId: string, photoId: string | null): Promise<PhotoList> {
    return this.queue(articleId).run(async () => {
      const list = await this.read(articleId);
      if (photoId && !list.photos.some((photo) => photo.id === photoId)) throw new ApiError('NOT_FOUND', 'Không tìm thấy ảnh này; có thể ảnh đã bị xóa.');
      list.coverId = photoId;
      await this.write(articleId, list);
      return list;
    });
  }

  remove(articleId: string, photoIds: string[]): Promise<PhotoList> {
    return this.queue(articleId).run(async () => {
      const list = await this.read(articleId);
      const gone = new Set(photoIds);
      list.photos = list.photos.filter((photo) => !gone.has(photo.id));
      if (list.coverId && gone.has(list.coverId)) list.coverId = list.photos[0]?.id ?? null;
      await this.write(articleId, list);
      for (const id of gone) await rm(this.folder(articleId, id), { recursive: true, force: true });
      return list;
    });
  }

  /**
   * A package's photos, all or none: written beside the live ones first (`.staging-…`), then switched in by
   * renames, the photos they replace moved to `.before-package-<time>/` (kept, not deleted), the list written,
   * and `then` (the article) run. A disk that fills up while staging changes nothing live; a failure after the
   * switch puts every photo and the list back as they were.
   */
  replacePhotos<T>(articleId: string, items: { photo: Photo; files: { original: Uint8Array; web: Uint8Array; thumb: Uint8Array } }[], coverId: string | null, then: () => Promise<T>): Promise<T> {
    return this.queue(articleId).run(async () => {
      const article = this.folder(articleId);
      const staging = join(article, `.staging-${randomBytes(6).toString('hex')}`);
      const kept = join(article, `.before-package-${Date.now()}`);
      try {
        for (const { photo, files } of items) {
          const folder = join(staging, photo.id);
          await mkdir(folder, { recursive: true });
          await writeFileDirect(join(folder, `original.${photo.originalExt}`), files.original);
          await writeFileAtomic(join(folder, 'web.jpg'), files.web);
          await writeFileAtomic(join(folder, 'thumb.jpg'), files.thumb);
        }
      } catch (error) {
        await rm(staging, { recursive: true, force: true });
        throw writeFailure(error, 'ảnh của gói bài');
      }
      const before = await this.read(articleId);
      const moved: { photoId: string; replaced: boolean }[] = [];
      const rollBack = async (): Promise<void> => {
        for (const { photoId, replaced } of moved.reverse()) {
          await rename(this.folder(articleId, photoId), join(staging, photoId)).catch(() => undefined);
          if (replaced) await rename(join(kept, photoId), this.folder(articleId, photoId)).catch(() => undefined);
        }
        await this.write(articleId, before).catch(() => undefined);
      };
      try {
        for (const { photo } of items) {
          const live = this.folder(articleId, photo.id);
          const replaced = await stat(live).then(
            () => true,
            () => false,
          );
          if (replaced) {
            await mkdir(kept, { recursive: true });
            await rename(live, join(kept, photo.id));
          }
          moved.push({ photoId: photo.id, replaced });
          await rename(join(staging, photo.id), live);
        }
        const list: PhotoList = { ...before, photos: [...before.photos] };
        for (const { photo } of items) {
          const index = list.photos.findIndex((item) => item.id === photo.id);
          if (index >= 0) list.photos[index] = photo;
          else list.photos.push(photo);
        }
        list.coverId = coverId && list.photos.some((photo) => photo.id === coverId) ? coverId : (list.coverId ?? list.photos[0]?.id ?? null);
        await this.write(articleId, list);
        return await then();
      } catch (error) {
        await rollBack();
        throw error;
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    });
  }

  /** The three files of a photo, for a package. */
  async photoFiles(articleId: string, photo: Photo): Promise<{ original: Uint8Array; web: Uint8Array; thumb: Uint8Array }> {
    return {
      original: await readFile(this.file(articleId, photo.id, 'original', photo.originalExt)),
      web: await readFile(this.file(articleId, photo.id, 'web')),
      thumb: await readFile(this.file(articleId, photo.id, 'thumb')),
    };
  }

  /** Every photo of an article, gone (an import that could not finish leaves nothing behind). */
  removeAll(articleId: string): Promise<void> {
    return this.queue(articleId).run(() => rm(this.folder(articleId), { recursive: true, force: true }));
  }

  /**
   * The captioned web copies (all, or the picks) in one ZIP, in the article's order, named
   * "01 - <caption>.jpg", with caption, credit and alt text in each file's metadata.
   */
  async exportZip(articleId: string, onlyStarred: boolean): Promise<{ fileName: string; bytes: Uint8Array; count: number }> {
    const files = await this.exportFiles(articleId, onlyStarred);
    // JPEGs do not compress: store them as they are.
    return { fileName: `anh-${articleId.slice(0, 8)}.zip`, bytes: zipSync(files, { level: 0 }), count: Object.keys(files).length };
  }

  /** The captioned web copies (all, or the picks), named "01 - <caption>.jpg" in the article's order, for a folder or a ZIP. */
  async exportFiles(articleId: string, onlyStarred: boolean): Promise<Record<string, Uint8Array>> {
    const list = await this.read(articleId);
    const chosen = list.photos.filter((photo) => !onlyStarred || photo.starred);
    if (chosen.length === 0) {
      throw new ApiError('INVALID_INPUT', onlyStarred ? 'Chưa có ảnh nào được chọn (★) để xuất.' : 'Bài chưa có ảnh để xuất.');
    }
    const files: Record<string, Uint8Array> = {};
    for (const [index, photo] of chosen.entries()) {
      // Characters a file name cannot hold on Windows, and control characters, are left out.
      // A caption's closing full stop is left out too: "Toàn cảnh Hội nghị.jpg", not "Hội nghị..jpg".
      // eslint-disable-next-line no-control-regex
      const label = (photo.caption || photo.fileName.replace(/\.[^.]+$/, '')).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').slice(0, 80).trim().replace(/[.\s]+$/, '');
      files[`${String(index + 1).padStart(2, '0')} - ${label || photo.id}.jpg`] = await readFile(this.file(articleId, photo.id, 'web'));
    }
    return files;
  }

  /** The file behind a media address, only ever inside the media folder. */
  file(articleId: string, photoId: string, size: PhotoSize | 'original', ext = 'jpg'): string {
    const path = resolve(this.folder(articleId, photoId), size === 'original' ? `original.${ext}` : `${size}.jpg`);
    if (!path.startsWith(resolve(this.root) + sep)) throw new ApiError('NOT_FOUND', 'Không có tệp này.');
    return path;
  }

  async close(): Promise<void> {
    await Promise.all([this.metadata.close(), this.heic.close()]);
  }

  // ---- internals --------------------------------------------------------------------------

  private async process(articleId: string, name: string, hash: string, bytes: Buffer, photoId?: string): Promise<Photo> {
    if (bytes.length > MAX_PHOTO_BYTES) throw new ApiError('INVALID_INPUT', `«${name}»: tệp quá lớn (${Math.round(bytes.length / 1048576)} MB; tối đa 200 MB).`);
    let info: Metadata;
    try {
      info = await sharp(bytes, { limitInputPixels: false }).metadata();
    } catch {
      throw new ApiError('INVALID_INPUT', `«${name}» không phải là ảnh (hoặc tệp đã hỏng), nên không nhập.`);
    }
    // HEIF holds AV1 (AVIF, which sharp reads) or HEVC (HEIC from phones, decoded in a worker).
    const hevc = info.format === 'heif' && info.compression !== 'av1';
    const ext = info.format === 'heif' ? (hevc ? 'heic' : 'avif') : info.format ? FORMATS[info.format] : undefined;
    if (!ext) {
      throw new ApiError('INVALID_INPUT', `«${name}»: định dạng ${(info.format ?? 'không rõ').toUpperCase()} chưa được hỗ trợ. Tòa soạn nhận JPEG, PNG, WebP, TIFF, HEIC, AVIF.`);
    }
    const width = info.width ?? 0;
    const height = info.height ?? 0;
    if (width * height > MAX_PIXELS) {
      throw new ApiError('INVALID_INPUT', `«${name}»: ảnh quá lớn (${Math.round((width * height) / 1e6)} megapixel; tối đa ${MAX_PIXELS / 1e6} megapixel). Hãy thu nhỏ ảnh rồi nhập lại.`);
    }
    // A given id (a photo pulled from the portal keeps the id it has on the workstation that sent it).
    const id = photoId ?? randomBytes(8).toString('hex');
    const folder = this.folder(articleId, id);
    const { longestSide, quality } = this.settings();
    try {
      await mkdir(folder, { recursive: true });
      const original = join(folder, `original.${ext}`);
      // The original goes to disk while the web copy is made: the two do not wait for each other.
      const storing = writeFileDirect(original, bytes);
      const making = this.source(bytes, info, hevc)
        .then(async (source) => {
          const made = await source.image
            .resize(longestSide, longestSide, { fit: 'inside', withoutEnlargement: true })
            .keepMetadata()
            .jpeg({ quality, progressive: true, chromaSubsampling: '4:2:0' })
            .toBuffer({ resolveWithObject: true });
          // Pixels decoded without colour management (HEIC) keep the profile they were made in, as a JPEG's do.
          const data = source.icc ? attachIccProfile(made.data, source.icc) : made.data;
          return { width: source.width, height: source.height, data, info: { ...made.info, size: data.length } };
        })
        .catch(() => {
          throw new ApiError('INVALID_INPUT', `«${name}» bị hỏng hoặc chưa chép hết (không đọc được hết ảnh), nên không nhập. Hãy chép lại từ thẻ nhớ.`);
        });
      // Both settle before going on, so a failure never leaves a half-written file behind the clean-up.
      const [made, stored] = await Promise.allSettled([making, storing]);
      if (made.status === 'rejected') throw made.reason;
      if (stored.status === 'rejected') throw stored.reason;
      const web = made.value;
      // IPTC or XMP (a caption another tool wrote) needs exiftool; EXIF alone is read here.
      const reading =
        info.iptc || info.xmp
          ? this.metadata.read(original).catch(() => metadataFromExif(info.exif))
          : Promise.resolve(metadataFromExif(info.exif));
      const thumb = await sharp(web.data).resize(THUMB_SIDE, THUMB_SIDE, { fit: 'inside' }).jpeg({ quality: 70 }).toBuffer();
      await writeFileAtomic(join(folder, 'thumb.jpg'), thumb, { durable: false });
      const read = await reading;
      const webPath = join(folder, 'web.jpg');
      await writeFileAtomic(webPath, web.data, { durable: false });
      const photo: Photo = {
        id,
        articleId,
        fileName: name,
        hash,
        originalExt: ext,
        width: web.width,
        height: web.height,
        web: { width: web.info.width, height: web.info.height, bytes: web.info.size },
        takenAt: read.takenAt,
        camera: read.camera,
        caption: read.caption,
        credit: read.credit,
        alt: '',
        starred: false,
        importedAt: Date.now(),
        revision: 0,
      };
      if (photo.caption || photo.credit) await this.metadata.write(webPath, photo);
      return photo;
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error instanceof ApiError ? error : writeFailure(error, `ảnh «${name}»`);
    }
  }

  /**
   * The picture to make the web copy from, upright. Read sequentially: one pass over the JPEG, not random
   * access to it. HEVC-coded HEIF comes decoded from the worker, already turned as the file says.
   */
  private async source(bytes: Buffer, info: Metadata, hevc: boolean): Promise<{ image: Sharp; width: number; height: number; icc?: Buffer }> {
    if (!hevc) {
      return {
        image: sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error', sequentialRead: true }).autoOrient(),
        width: info.autoOrient?.width ?? info.width ?? 0,
        height: info.autoOrient?.height ?? info.height ?? 0,
      };
    }
    const decoded = await this.heic.decode(bytes);
    const pixels = Buffer.from(decoded.data.buffer, decoded.data.byteOffset, decoded.data.byteLength);
    return {
      image: sharp(pixels, { limitInputPixels: MAX_PIXELS, raw: { width: decoded.width, height: decoded.height, channels: 4 } }).removeAlpha(),
      width: decoded.width,
      height: decoded.height,
      icc: info.icc,
    };
  }

  private folder(articleId: string, photoId?: string): string {
    return photoId ? join(this.root, articleId, photoId) : join(this.root, articleId);
  }

  /** The article's own queue (the one per-article queue of the services: storage/serial-queue.ts). */
  private queue(articleId: string): { run<T>(task: () => Promise<T>): Promise<T> } {
    return { run: (task) => this.queues.run(articleId, task) };
  }

  private async read(articleId: string): Promise<PhotoList> {
    const path = join(this.folder(articleId), 'photos.json');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return { schemaVersion: 1, coverId: null, photos: [] };
      throw error;
    }
    try {
      return photoListSchema.parse(JSON.parse(text));
    } catch {
      await moveAside(path);
      const rebuilt = await this.rebuild(articleId);
      await this.write(articleId, rebuilt);
      this.notices.add(
        'warning',
        `Danh sách ảnh của một bài bị hỏng nên đã được chuyển sang một bên và dựng lại từ thư mục ảnh (${rebuilt.photos.length} ảnh, chú thích lấy từ chính tệp ảnh); hãy xem lại thứ tự và ảnh đã chọn.`,
      );
      return rebuilt;
    }
  }

  /** The list made again from the photo folders: each photo's files, and the caption, credit and alt text in its web copy. */
  private async rebuild(articleId: string): Promise<PhotoList> {
    const entries = await readdir(this.folder(articleId), { withFileTypes: true }).catch(() => []);
    const photos: Photo[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || !photoIdSchema.safeParse(entry.name).success) continue;
      const folder = this.folder(articleId, entry.name);
      const files = await readdir(folder).catch(() => [] as string[]);
      const original = files.find((name) => /^original\.(jpg|png|webp|tif|heic|avif)$/.test(name));
      if (!original || !files.includes('web.jpg')) continue;
      try {
        const bytes = await readFile(join(folder, original));
        const web = await sharp(join(folder, 'web.jpg')).metadata();
        const webSize = (await stat(join(folder, 'web.jpg'))).size;
        const found = await this.metadata.read(join(folder, 'web.jpg')).catch(() => null);
        const upright = await sharp(bytes)
          .metadata()
          .then((meta) => ((meta.orientation ?? 1) >= 5 ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height }))
          .catch(() => ({ width: web.width, height: web.height }));
        photos.push({
          id: entry.name,
          articleId,
          fileName: original,
          hash: createHash('sha256').update(bytes).digest('hex'),
          originalExt: original.slice('original.'.length) as Photo['originalExt'],
          width: upright.width ?? web.width ?? 1,
          height: upright.height ?? web.height ?? 1,
          web: { width: web.width ?? 1, height: web.height ?? 1, bytes: webSize },
          takenAt: found?.takenAt ?? null,
          camera: found?.camera ?? '',
          caption: found?.caption ?? '',
          credit: found?.credit ?? '',
          alt: found?.alt ?? '',
          starred: false,
          importedAt: (await stat(join(folder, original))).mtimeMs,
          revision: 0,
        });
      } catch {
        // A folder whose files cannot be read is left where it is.
      }
    }
    photos.sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id));
    return { schemaVersion: 1, coverId: photos[0]?.id ?? null, photos };
  }

  private async write(articleId: string, list: PhotoList): Promise<void> {
    await mkdir(this.folder(articleId), { recursive: true });
    await writeFileAtomic(join(this.folder(articleId), 'photos.json'), JSON.stringify(list));
  }
}
