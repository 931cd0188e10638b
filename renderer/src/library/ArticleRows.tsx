import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ARTICLE_STATUS_LABELS } from '../../../shared/article/status';
import { formatDateTime } from '../../../shared/format/date';
import { ActionsHeader } from '../components/ActionsHeader';
import { Highlighted } from '../components/Highlighted';
import type { LibraryItem } from './useArticlePages';
import { DeleteButton } from '../components/DeleteButton';

/** Every row is this tall (px): the list can then be as long as the library and draw only what is in view. */
export const ROW_HEIGHT = 64;
/** Rows drawn above and below the view, so that a fast scroll or Tab finds them there. */
const OVERSCAN = 12;

interface Props {
  total: number;
  row: (index: number) => LibraryItem | undefined;
  /** Asks for rows [first, last) to be brought. */
  need: (first: number, last: number) => void;
  onTrash: (article: LibraryItem) => void;
  /** Changes when the filter does: back to the top. */
  resetKey: string;
}

/**
 * The library's table, drawn a window at a time: its height is that of every row, and only the rows in view
 * (and a few around) are in the page, whatever the number of articles. A screen reader is told the full count
 * and each row's place in it.
 */
export function ArticleRows({ total, row, need, onTrash, resetKey }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = (): void => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setView((current) => ({ ...current, top: 0 }));
  }, [resetKey]);

  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => need(first, last), [need, first, last]);

  const shown: number[] = [];
  for (let index = first; index < last; index += 1) shown.push(index);

  return (
    <div
      className="library-scroll"
      ref={scroller}
      onScroll={(event) => {
        const { scrollTop, clientHeight } = event.currentTarget;
        setView({ top: scrollTop, height: clientHeight });
      }}
    >
      <div style={{ paddingTop: first * ROW_HEIGHT, paddingBottom: (total - last) * ROW_HEIGHT }}>
        <table className="article-table virtual-table" aria-rowcount={total + 1}>
          <colgroup>
            <col />
            <col className="col-status" />
            <col className="col-author" />
            <col className="col-date" />
            <col className="col-actions" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Tác giả</th>
              <th scope="col">Sửa lần cuối</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {shown.map((index) => {
              const article = row(index);
              if (!article) {
                return (
                  <tr key={`cho-${index}`} aria-rowindex={index + 2} className="row-waiting">
                    <td colSpan={5}>Đang tải…</td>
                  </tr>
                );
              }
              const title = article.title || 'Bài chưa có tiêu đề';
              return (
                <tr key={article.id} aria-rowindex={index + 2}>
                  <td>
                    <a className="article-link" href={`#/bai-viet/${article.id}`} title={title}>
                      {title}
                    </a>
                    {article.snippet ? (
                      <div className="excerpt snippet">
                        <Highlighted text={article.snippet.text} marks={article.snippet.marks} />
                      </div>
                    ) : (
                      article.excerpt && <div className="excerpt">{article.excerpt}</div>
                    )}
                  </td>
                  <td>
                    <span className={`status status-${article.status}`}>{ARTICLE_STATUS_LABELS[article.status]}</span>
                  </td>
                  <td className="nowrap">{article.author || '—'}</td>
                  <td className="nowrap">{formatDateTime(article.updatedAt)}</td>
                  <td>
                    <DeleteButton label={`Xóa «${title}» (chuyển vào thùng rác)`} onClick={() => onTrash(article)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
