import { articleIdSchema } from '../article/model';
import { photoIdSchema } from '../media/model';

/**
 * The marks Tòa soạn leaves on the portal (in a post's and a photo's description or external id), so a retry finds
 * what an interrupted attempt made and another workstation knows which article a post came from. Written and read
 * here only. A mark is only text on the portal: what it names is checked, never trusted to choose what to overwrite.
 */
const PREFIX = 'toasoan-';

export function postMarker(articleId: string): string {
  return `${PREFIX}${articleId}`;
}

export function mediaMarker(articleId: string, photoId: string): string {
  return `${PREFIX}${articleId}-${photoId}`;
}

/** The article id a post's mark names, if it is one of ours and a well-formed id. */
export function articleIdFromPostMarker(marker: string | null | undefined): string | null {
  const id = marker?.startsWith(PREFIX) ? marker.slice(PREFIX.length) : '';
  return articleIdSchema.safeParse(id).success ? id : null;
}

/** The photo id a photo's mark names within that article, if it is well formed. */
export function photoIdFromMediaMarker(articleId: string, marker: string | null | undefined): string | null {
  const prefix = mediaMarker(articleId, '');
  const id = marker?.startsWith(prefix) ? marker.slice(prefix.length) : '';
  return photoIdSchema.safeParse(id).success ? id : null;
}
