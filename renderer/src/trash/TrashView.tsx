import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/model';
import { formatDateTime } from '../../../shared/format/date';
import { call } from '../api';
import { ConfirmDialog } from '../components/Dialog';
import { useToast } from '../components/toast';
import { ActionsHeader } from '../components/ActionsHeader';

type Pending = { kind: 'one'; article: ArticleSummary } | { kind: 'all' } | null;

export function TrashView() {
  const toast = useToast();
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [pending, setPending] = useState<Pending>(null);

  const load = useCallback(async () => {
    try {
      const result = await call('articles.list', { trash: true, limit: 1000 });
      setItems(result.items);
    } catch (caught) {
      toast.error(caught);
    } finally {
      setLoaded(true);
    }
  }, [toast]);

  useEffect(() => {
    void load();
  }, [load]);

  const run = async (task: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      await task();
      toast.show(done);
    } catch (caught) {
      toast.error(caught);
    }
    setPending(null);
    await load();
  };

  return (
    <section aria-labelledby="trash-title">
      <div className="view-header">
        <h1 id="trash-title">Thùng rác</h1>
        <button type="button" className="danger" disabled={items.length === 0} onClick={() => setPending({ kind: 'all' })}>
          Dọn sạch thùng rác
        </button>
      </div>
      <p className="hint">Bài viết trong thùng rác vẫn được giữ nguyên cho đến khi bạn xóa vĩnh viễn.</p>
      {loaded && items.length === 0 ? (
        <p className="empty">Thùng rác trống.</p>
      ) : (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Xóa lúc</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {items.map((article) => (
              <tr key={article.id}>
                <td>{article.title || 'Bài chưa có tiêu đề'}</td>
                <td className="nowrap">{article.deletedAt ? formatDateTime(article.deletedAt) : ''}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Khôi phục «${article.title || 'Bài chưa có tiêu đề'}»`}
                    onClick={() => void run(() => call('articles.restore', { id: article.id }), 'Đã khôi phục bài viết về thư viện.')}
                  >
                    Khôi phục
                  </button>
                  <button
                    type="button"
                    className="quiet danger-text"
                    aria-label={`Xóa vĩnh viễn «${article.title || 'Bài chưa có tiêu đề'}»`}
                    onClick={() => setPending({ kind: 'one', article })}
                  >
                    Xóa vĩnh viễn
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending?.kind === 'one' && (
        <ConfirmDialog
          title="Xóa vĩnh viễn?"
          message={`Bài «${pending.article.title || 'Bài chưa có tiêu đề'}» và mọi phiên bản của nó sẽ bị xóa hẳn, không khôi phục được.`}
          confirmLabel="Xóa vĩnh viễn"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => void run(() => call('articles.deleteForever', { id: pending.article.id }), 'Đã xóa vĩnh viễn bài viết.')}
        />
      )}
      {pending?.kind === 'all' && (
        <ConfirmDialog
          title="Dọn sạch thùng rác?"
          message={`${items.length} bài viết và mọi phiên bản của chúng sẽ bị xóa hẳn, không khôi phục được.`}
          confirmLabel="Dọn sạch"
          danger
          onCancel={() => setPending(null)}
          onConfirm={() => void run(() => call('articles.emptyTrash', {}), 'Đã dọn sạch thùng rác.')}
        />
      )}
    </section>
  );
}
