import type { Photo } from '../../../shared/media/model';

/** A photo's place in a batch the person chose at once: the batch, and the file's position in it. */
export interface BatchPlace {
  id: string;
  index: number;
}

interface Batch {
  /** Each photo of the batch added so far, with its position in the batch. */
  indexes: Map<string, number>;
  /** The cover this batch chose by itself (the article had none), while it is still the cover. */
  cover: string | null;
}

/** Batches remembered at once; an older one is forgotten (its photos keep their places). */
const KEPT = 64;

/**
 * Where a batch's photos go in the article. Two are processed at once, so they finish out of order; each is
 * placed by its position in the batch (before the batch's photos chosen after it), and when the batch chose the
 * article's cover (there was none), the cover is the batch's first photo, not the one that finished first.
 * Decided here, in the same turn that writes the list, so the page never reorders afterwards.
 */
export class ImportBatches {
  private readonly batches = new Map<string, Batch>();

  place(articleId: string, list: { photos: Photo[]; coverId: string | null }, photo: Photo, place?: BatchPlace): void {
    if (!place) {
      list.photos.push(photo);
      list.coverId ??= photo.id;
      return;
    }
    const batch = this.batch(`${articleId}\u0000${place.id}`);
    batch.indexes.set(photo.id, place.index);
    let at = list.photos.length;
    let lastOfBatch = -1;
    for (const [position, other] of list.photos.entries()) {
      const index = batch.indexes.get(other.id);
      if (index === undefined) continue;
      if (index > place.index) {
        at = position;
        break;
      }
      lastOfBatch = position;
    }
    if (at === list.photos.length && lastOfBatch >= 0) at = lastOfBatch + 1;
    list.photos.splice(at, 0, photo);
    const coverIndex = list.coverId === null ? undefined : batch.indexes.get(list.coverId);
    if (list.coverId === null || (batch.cover === list.coverId && coverIndex !== undefined && coverIndex > place.index)) {
      list.coverId = photo.id;
      batch.cover = photo.id;
    }
  }

  private batch(key: string): Batch {
    let batch = this.batches.get(key);
    if (batch) return batch;
    batch = { indexes: new Map(), cover: null };
    this.batches.set(key, batch);
    if (this.batches.size > KEPT) this.batches.delete(this.batches.keys().next().value as string);
    return batch;
  }
}
