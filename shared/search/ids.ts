/** How the search names a post of the portal's archive: `archive:<portal>:<post>` (own articles go by their id). */
export const ARCHIVE_ID = /^archive:([a-z0-9-]{1,100}):([A-Za-z0-9_-]{1,100})$/;

export function archiveId(portalId: string, postId: string): string {
  return `archive:${portalId}:${postId}`;
}

/** The portal and the post an archive name stands for; null for an own article's id (or anything else). */
export function archiveRef(id: string): { portalId: string; postId: string } | null {
  const match = ARCHIVE_ID.exec(id);
  return match ? { portalId: match[1], postId: match[2] } : null;
}
