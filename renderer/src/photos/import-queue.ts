import { MAX_PHOTO_BYTES } from '../../../shared/media/paths';
import type { Photo } from '../../../shared/media/model';
import { call, errorMessage } from '../api';

export interface ImportProgress {
  total: number;
  done: number;
  added: number;
  duplicates: string[];
  failures: { name: string; message: string }[];
  current: string | null;
  cancelled: boolean;
  finished: boolean;
}

const IMAGE_NAME = /\.(jpe?g|png|webp|tiff?|heic|heif|avif)$/i;

/** Only what looks like a photo from a dropped folder; a single file picked by hand is always tried (and named if refused). */
export function photoFiles(files: File[], fromFolder: boolean): File[] {
  return fromFolder ? files.filter((file) => IMAGE_NAME.test(file.name) || file.type.startsWith('image/')) : files;
}

/**
 * Sends photos to the photo desk two at a time. Each photo is imported whole or not at all, so a
 * cancel or a closed window leaves only complete photos; importing the same folder again skips them
 * (same content) and carries on where it stopped. Each carries its place in the batch: the service puts
 * the photos in the order they were chosen and gives the first as the cover, however they finish.
 */
export class ImportQueue {
  private cancelled = false;
  private readonly batchId = crypto.randomUUID();
  readonly progress: ImportProgress;

  constructor(
    private readonly articleId: string,
    private readonly files: File[],
    private readonly onProgress: (progress: ImportProgress, added: Photo | null) => void,
  ) {
    this.progress = { total: files.length, done: 0, added: 0, duplicates: [], failures: [], current: null, cancelled: false, finished: false };
  }

  cancel(): void {
    this.cancelled = true;
    this.progress.cancelled = true;
    this.onProgress({ ...this.progress }, null);
  }

  async run(concurrency = 2): Promise<ImportProgress> {
    const pending = this.files.map((file, index) => ({ file, index }));
    const worker = async (): Promise<void> => {
      for (let next = pending.shift(); next && !this.cancelled; next = pending.shift()) {
        const { file, index } = next;
        this.progress.current = file.name;
        this.onProgress({ ...this.progress }, null);
        let photo: Photo | null = null;
        if (file.size > MAX_PHOTO_BYTES) {
          // Said before reading: a file of gigabytes is not read into memory to be refused afterwards.
          const megabytes = Math.round(file.size / 1048576).toLocaleString('vi-VN');
          this.progress.failures.push({ name: file.name, message: `«${file.name}»: tệp quá lớn (${megabytes} MB; tối đa ${MAX_PHOTO_BYTES / 1048576} MB), nên không nhập.` });
        } else {
          try {
            const batch = { id: this.batchId, index };
            const result = await call('photos.add', { articleId: this.articleId, fileName: file.webkitRelativePath || file.name, bytes: file, batch });
            if (result.status === 'added') {
              this.progress.added += 1;
              photo = result.photo;
            } else this.progress.duplicates.push(file.name);
          } catch (error) {
            this.progress.failures.push({ name: file.name, message: errorMessage(error) });
          }
        }
        this.progress.done += 1;
        this.onProgress({ ...this.progress }, photo);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    this.progress.current = null;
    this.progress.finished = true;
    this.onProgress({ ...this.progress }, null);
    return this.progress;
  }
}
