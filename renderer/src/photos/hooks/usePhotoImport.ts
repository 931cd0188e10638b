import { useCallback, useRef, useState } from 'react';
import type { Photo } from '../../../../shared/media/model';
import { useToast } from '../../components/toast';
import { ImportQueue, photoFiles, type ImportProgress } from '../import-queue';

/**
 * Importing a batch of photos: two at a time with a progress bar and a cancel, each shown as it arrives; the
 * service places them in the order chosen and picks the cover (import-batches.ts), so at the end the list is
 * read once. The person is told what came in, what was a duplicate, what failed and why.
 */
export function usePhotoImport(articleId: string, onArrived: (photo: Photo) => void, onFinished: () => Promise<void>) {
  const toast = useToast();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const queue = useRef<ImportQueue | null>(null);

  const start = useCallback(
    (files: File[], fromFolder: boolean) => {
      const wanted = photoFiles(files, fromFolder);
      if (wanted.length === 0) {
        toast.show('Không có tệp ảnh nào trong những gì vừa chọn.', { tone: 'error' });
        return;
      }
      const job = new ImportQueue(articleId, wanted, (next, added) => {
        setProgress(next);
        if (added) onArrived(added);
      });
      queue.current = job;
      void job.run().then(async (result) => {
        queue.current = null;
        await onFinished().catch((error: unknown) => toast.error(error));
        const parts = [`Đã nhập ${result.added} ảnh`];
        if (result.duplicates.length) parts.push(`bỏ qua ${result.duplicates.length} ảnh trùng`);
        if (result.failures.length) parts.push(`${result.failures.length} tệp không nhập được`);
        if (result.cancelled) parts.push(`dừng khi còn ${result.total - result.done} ảnh chưa nhập`);
        toast.show(`${parts.join(', ')}.`, { tone: result.failures.length ? 'error' : 'info' });
      });
    },
    [articleId, toast, onArrived, onFinished],
  );

  return {
    start,
    progress,
    busy: progress !== null && !progress.finished,
    cancel: () => queue.current?.cancel(),
    dismiss: () => setProgress(null),
  };
}
