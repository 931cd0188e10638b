/** Where photos are loaded from, kept apart from the schemas so the editor and the photo desk load without zod. */

/** The largest photo file the desk takes (a 100-megapixel TIFF is about 300 MB; cameras' JPEGs are far under). */
export const MAX_PHOTO_BYTES = 200 * 1024 * 1024;

export const PHOTO_SIZES = ['thumb', 'web'] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/** Where the renderer loads a photo from, relative to the media root of the transport. */
export function photoPath(photo: { articleId: string; id: string; revision: number }, size: PhotoSize): string {
  return `media/${photo.articleId}/${photo.id}/${size}.jpg?v=${photo.revision}`;
}

/** What a media address names: a photo of an article, or the thumbnail of a post of the portal's archive. */
export type MediaTarget = { kind: 'photo'; articleId: string; photoId: string; size: PhotoSize } | { kind: 'archive'; portalId: string; postId: string };

/** Where the renderer loads the thumbnail of an archived post from (`version` changes when the post's photo does). */
export function archiveThumbPath(portalId: string, postId: string, version: number): string {
  return `media/kho/${portalId}/${postId}.jpg?v=${version}`;
}
