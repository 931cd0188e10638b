import { z } from 'zod';
import { articleIdSchema } from '../article/model';
import { MAX_PHOTO_BYTES, PHOTO_SIZES, archiveThumbPath, photoPath, type MediaTarget, type PhotoSize } from './paths';

export { MAX_PHOTO_BYTES, PHOTO_SIZES, archiveThumbPath, photoPath };
export type { MediaTarget, PhotoSize };

export const photoIdSchema = z.string().regex(/^[a-z0-9]{8,40}$/, 'Mã ảnh không hợp lệ');

export const photoSchema = z.object({
  id: photoIdSchema,
  articleId: articleIdSchema,
  /** The file's name as it came, NFC. */
  fileName: z.string().max(500),
  /** SHA-256 of the original file: the same photo imported twice is recognised. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  originalExt: z.enum(['jpg', 'png', 'webp', 'tif', 'heic', 'avif']),
  /** Upright size of the original. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  web: z.object({ width: z.number().int(), height: z.number().int(), bytes: z.number().int() }),
  takenAt: z.number().nullable(),
  camera: z.string().max(200),
  caption: z.string().max(2_000),
  credit: z.string().max(200),
  alt: z.string().max(1_000),
  starred: z.boolean(),
  importedAt: z.number(),
  /** Bumped whenever the web copy's bytes change, so views reload it. */
  revision: z.number().int().nonnegative(),
});
export type Photo = z.infer<typeof photoSchema>;

export const photoEditSchema = z.object({
  caption: z.string().max(2_000).optional(),
  credit: z.string().max(200).optional(),
  alt: z.string().max(1_000).optional(),
  starred: z.boolean().optional(),
});
export type PhotoEdit = z.infer<typeof photoEditSchema>;

/**
 * "/media/<article>/<photo>/<size>.jpg" or "/media/kho/<portal>/<post>.jpg" → what it names, or null for anything
 * else (no way out of the media and archive folders: every part is a plain name).
 */
export function parseMediaPath(pathname: string): MediaTarget | null {
  const photo = /^\/media\/([a-z0-9][a-z0-9-]{5,63})\/([a-z0-9]{8,40})\/(thumb|web)\.jpg$/.exec(pathname);
  if (photo) return { kind: 'photo', articleId: photo[1], photoId: photo[2], size: photo[3] as PhotoSize };
  const archived = /^\/media\/kho\/([a-z0-9-]{6,64})\/([A-Za-z0-9_-]{1,100})\.jpg$/.exec(pathname);
  return archived ? { kind: 'archive', portalId: archived[1], postId: archived[2] } : null;
}
