import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { PublishJob } from '../../../../shared/publish/model';
import { call, onAppEvent } from '../../api';

/**
 * The article's latest publishing job: read once when the article opens, then followed by the services' events
 * (IPC in Electron, Server-Sent Events from the browser host) — no polling. When a job finishes, the article is
 * read again and handed to `onDone` (its status and revision changed on the services' side).
 */
export function usePublishJob(articleId: string, onDone: (article: Article) => void): [PublishJob | null, (job: PublishJob | null) => void] {
  const [job, setJob] = useState<PublishJob | null>(null);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  const refresh = useCallback(async (): Promise<void> => {
    const [latest] = await call('publish.jobs', { id: articleId }).catch(() => []);
    if (!latest) return;
    setJob(latest);
    if (latest.state === 'done') done.current(await call('articles.get', { id: articleId }));
  }, [articleId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(
    () =>
      onAppEvent('publish.job', (changed) => {
        if (changed.articleId !== articleId) return;
        setJob(changed);
        if (changed.state === 'done') void refresh();
      }),
    [articleId, refresh],
  );
  return [job, setJob];
}
