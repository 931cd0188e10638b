import { useEffect, useState } from 'react';
import { call, onAppEvent } from '../api';

type Progress = { done: number; total: number } | null;

/**
 * While the search index is being brought up to date after start-up (a new install, a damaged index, many
 * articles changed while the app was closed): how far it is, and what search does meanwhile. Nothing otherwise.
 */
export function SearchIndexing() {
  const [progress, setProgress] = useState<Progress>(null);
  useEffect(() => {
    let live = true;
    const stop = onAppEvent('search.indexing', (event) => setProgress(event.progress));
    call('articles.searchStatus', {})
      .then((status) => {
        if (live) setProgress(status.progress);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!progress) return null;
  const label = `Đang lập chỉ mục tìm kiếm: ${progress.done.toLocaleString('vi-VN')}/${progress.total.toLocaleString('vi-VN')} bài`;
  return (
    <div className="import-progress" role="status">
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span>{label}. Trong lúc này, bài chưa vào chỉ mục được tìm theo tiêu đề.</span>
    </div>
  );
}
