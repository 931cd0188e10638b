import sharp from 'sharp';
import { MAX_PIXELS } from '../media/media-service';

/** The longest side of an archived post's thumbnail (px): a list row's picture, twice over for sharp screens. */
export const ARCHIVE_THUMB_SIDE = 240;

/** A featured image larger than this is not fetched (its address is kept): the download stops there. */
export const ARCHIVE_THUMB_MAX_BYTES = 25 * 1024 * 1024;

/**
 * A post's featured image made into a small JPEG. Whatever the portal sends is decoded with the same limits as a
 * photo brought in by hand (pixels, a damaged file refused), and only the thumbnail is kept.
 */
export async function archiveThumbnail(bytes: Uint8Array): Promise<Buffer> {
  if (bytes.byteLength > ARCHIVE_THUMB_MAX_BYTES) throw new Error('too large');
  return sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    .rotate()
    .resize(ARCHIVE_THUMB_SIDE, ARCHIVE_THUMB_SIDE, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 72 })
    .toBuffer();
}

/** Runs `work` on every item, at most `width` at a time. */
export async function inTurns<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
