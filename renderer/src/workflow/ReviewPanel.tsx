import { useCallback, useEffect, useState } from 'react';
import { ARTICLE_STATUS_LABELS } from '../../../shared/article/status';
import { formatDateTime } from '../../../shared/format/date';
import type { DiffPart } from '../../../shared/text/diff';
import { ACTION_LABELS } from '../../../shared/workflow/machine';
import type { Comment, TrailEntry } from '../../../shared/workflow/model';
import { call, errorMessage } from '../api';
import { PanelHeader } from '../components/PanelHeader';

interface Props {
  articleId: string;
  /** Bumped after a transition or a save, to reload. */
  refreshKey: number;
  /** The passage selected in the text, to comment on. */
  selection: string;
  onComments: (comments: Comment[]) => void;
  onShowQuote: (quote: string) => void;
  onClose: () => void;
}

/** Beside the text during review: comments (on a passage or the whole article), what changed since the last submission, and the trail. */
export function ReviewPanel({ articleId, refreshKey, selection, onComments, onShowQuote, onClose }: Props) {
  const [comments, setComments] = useState<Comment[]>([]);
  const [trail, setTrail] = useState<TrailEntry[]>([]);
  const [diff, setDiff] = useState<{ since: number | null; parts: DiffPart[] } | null>(null);
  const [text, setText] = useState('');
  const [onPassage, setOnPassage] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [nextComments, nextTrail, nextDiff] = await Promise.all([
      call('comments.list', { id: articleId }),
      call('workflow.trail', { id: articleId }),
      call('workflow.diff', { id: articleId }),
    ]);
    setComments(nextComments);
    onComments(nextComments);
    setTrail(nextTrail);
    setDiff(nextDiff);
  }, [articleId, onComments]);

  useEffect(() => {
    load().catch((caught: unknown) => setError(errorMessage(caught)));
  }, [load, refreshKey]);

  const quote = onPassage ? selection.trim() : '';
  const add = async (): Promise<void> => {
    try {
      await call('comments.add', { id: articleId, quote, text });
      setText('');
      setError(null);
      await load();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const open = comments.filter((comment) => !comment.resolved);
  const changed = diff?.parts.some((part) => part.kind !== 'same') ?? false;
  return (
    <aside className="side-panel review-panel" aria-labelledby="review-title">
      <PanelHeader id="review-title" title="Duyệt bài" closeLabel="Đóng bảng duyệt bài" onClose={onClose} />
      <section aria-labelledby="comments-title">
        <h3 id="comments-title">Góp ý ({open.length} chưa xử lý)</h3>
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <label className="radio">
            <input type="checkbox" checked={onPassage} onChange={(event) => setOnPassage(event.target.checked)} />
            Góp ý cho đoạn đang chọn
          </label>
          {onPassage && <blockquote className="comment-quote">{quote || 'Chọn (bôi đen) một đoạn trong bài để góp ý cho đoạn đó.'}</blockquote>}
          <label className="visually-hidden" htmlFor="comment-text">
            Nội dung góp ý
          </label>
          <textarea id="comment-text" rows={2} value={text} onChange={(event) => setText(event.target.value)} placeholder="Nội dung góp ý" />
          <button type="submit" className="primary" disabled={!text.trim() || (onPassage && !quote)}>
            Gửi góp ý
          </button>
        </form>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <ul className="comment-list" aria-label="Các góp ý">
          {comments.map((comment) => (
            <li key={comment.id} className={`comment${comment.resolved ? ' is-resolved' : ''}`}>
              <div className="comment-meta">
                <strong>{comment.authorName}</strong> · {formatDateTime(comment.at)}
                {comment.resolved && ` · đã xử lý (${comment.resolvedBy})`}
              </div>
              {comment.quote && (
                <button type="button" className="comment-quote link-like" onClick={() => onShowQuote(comment.quote)}>
                  «{comment.quote}»
                </button>
              )}
              <p>{comment.text}</p>
              {!comment.resolved && (
                <button
                  type="button"
                  onClick={() =>
                    void call('comments.resolve', { id: articleId, commentId: comment.id })
                      .then(load)
                      .catch((caught: unknown) => setError(errorMessage(caught)))
                  }
                >
                  Đánh dấu đã xử lý
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="diff-title">
        <h3 id="diff-title">Thay đổi so với lần gửi trước</h3>
        {!diff?.since ? (
          <p className="hint">Chưa có lần gửi duyệt trước để so sánh.</p>
        ) : !changed ? (
          <p className="hint">Không có thay đổi so với bản gửi lúc {formatDateTime(diff.since)}.</p>
        ) : (
          <>
            <p className="hint">So với bản gửi lúc {formatDateTime(diff.since)}:</p>
            <div className="diff" data-testid="diff">
              {diff.parts.map((part, index) =>
                part.kind === 'added' ? (
                  <ins key={index}>{part.text}</ins>
                ) : part.kind === 'removed' ? (
                  <del key={index}>{part.text}</del>
                ) : (
                  <span key={index}>{part.text.length > 160 ? `${part.text.slice(0, 70)} … ${part.text.slice(-70)}` : part.text}</span>
                ),
              )}
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="trail-title">
        <h3 id="trail-title">Lịch sử xử lý</h3>
        <ol className="trail" aria-label="Lịch sử xử lý">
          {trail.map((entry, index) => (
            <li key={index}>
              <span className="trail-when">{formatDateTime(entry.at)}</span> <strong>{entry.actorName}</strong>:{' '}
              {entry.action === 'create' ? 'tạo bài' : entry.action === 'package' ? 'nhận từ gói bài' : ACTION_LABELS[entry.action].toLowerCase()} → {ARTICLE_STATUS_LABELS[entry.to]}
              {entry.imported && <span className="tag">trên máy khác, mang theo gói bài</span>}
              {entry.note && <div className="trail-note">«{entry.note}»</div>}
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
