import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import { formatDateTime } from '../../../shared/format/date';
import { call, errorMessage } from '../api';
import { PanelHeader } from '../components/PanelHeader';
import { useToast } from '../components/toast';

type Related = CallOutput<'search.related'>['hits'];
type Reference = CallOutput<'search.reference'>;

interface Props {
  articleId: string;
  editor: Editor | null;
  readOnly: boolean;
  onClose: () => void;
}

/**
 * «Bài cùng loại»: the earlier articles nearest to the one being written (own and the portal's archive; the same kind
 * of event first, the closest titles and the same body first within it). One opens read-only here, beside the draft,
 * and a paragraph of it, or its list of those present, goes into the draft at the cursor with one click.
 */
export function RelatedPanel({ articleId, editor, readOnly, onClose }: Props) {
  const toast = useToast();
  const [hits, setHits] = useState<Related | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Reference | null>(null);

  // Asked again with «Tìm lại» (after the title was changed, say: the search reads the article as last saved).
  const [round, again] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    call('search.related', { id: articleId })
      .then((result) => live && setHits(result.hits))
      .catch((caught: unknown) => live && setError(errorMessage(caught)));
    return () => {
      live = false;
    };
  }, [articleId, round]);

  const show = (id: string): void => {
    call('search.reference', { id })
      .then(setOpen)
      .catch((caught: unknown) => toast.show(errorMessage(caught), { tone: 'error' }));
  };

  /** Puts text into the draft at the cursor, as paragraphs of its own (undone with Ctrl+Z like any typing). */
  const insert = (text: string, what: string): void => {
    if (!editor || readOnly) return;
    const content = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
    editor.chain().focus().insertContent(content).run();
    toast.show(`Đã chèn ${what} vào bài; Ctrl+Z để bỏ.`);
  };

  if (open) {
    const from = open.source === 'archive' ? 'Kho bài trên cổng' : 'Bài của cơ quan';
    return (
      <aside className="side-panel related-panel" aria-labelledby="related-title">
        <PanelHeader id="related-title" title="Bài cùng loại" closeLabel="Đóng bài cùng loại" onClose={onClose} />
        <button type="button" className="quiet" onClick={() => setOpen(null)}>
          ← Danh sách bài cùng loại
        </button>
        <article className="reference" aria-label={`Bài tham khảo (chỉ đọc): ${open.title}`}>
          <h3>{open.title || 'Bài chưa có tiêu đề'}</h3>
          <p className="archive-meta">
            {from} · {formatDateTime(open.date)} · chỉ đọc
          </p>
          {readOnly && <p className="hint">Bài đang ở chế độ chỉ xem: không chèn được vào bài.</p>}
          {open.present && (
            <div className="reference-present">
              <p>{open.present}</p>
              <button type="button" disabled={readOnly} onClick={() => insert(open.present ?? '', 'danh sách đại biểu')}>
                Chèn danh sách đại biểu
              </button>
            </div>
          )}
          {open.lead && (
            <div className="archive-paragraph">
              <p className="lead">{open.lead}</p>
              <button type="button" className="quiet" disabled={readOnly} aria-label="Chèn sapo vào bài" onClick={() => insert(open.lead, 'sapo')}>
                Chèn
              </button>
            </div>
          )}
          {open.paragraphs.map((paragraph, index) => (
            <div className="archive-paragraph" key={index}>
              <p>{paragraph}</p>
              <button type="button" className="quiet" disabled={readOnly} aria-label={`Chèn đoạn ${index + 1} vào bài`} onClick={() => insert(paragraph, `đoạn ${index + 1}`)}>
                Chèn
              </button>
            </div>
          ))}
        </article>
      </aside>
    );
  }

  return (
    <aside className="side-panel related-panel" aria-labelledby="related-title">
      <PanelHeader id="related-title" title="Bài cùng loại" closeLabel="Đóng bài cùng loại" onClose={onClose} />
      <button type="button" className="quiet" onClick={() => again((value) => value + 1)} title="Tìm lại theo tiêu đề vừa lưu của bài">
        Tìm lại
      </button>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : hits === null ? (
        <p className="hint">Đang tìm…</p>
      ) : hits.length === 0 ? (
        <p className="hint">Chưa có bài nào cùng loại. Đặt tiêu đề cho bài, hoặc đưa kho bài trên cổng về máy («Kho bài trên cổng» ở thanh trên).</p>
      ) : (
        <>
          <p className="hint">Cùng loại sự kiện trước, tiêu đề gần nhất trước. Bấm một bài để đọc bên cạnh bài đang viết.</p>
          <ul className="related-list">
            {hits.map((hit) => (
              <li key={hit.id}>
                <button type="button" className="link-like" onClick={() => show(hit.id)}>
                  {hit.title || 'Bài chưa có tiêu đề'}
                </button>
                <span className="archive-meta">
                  {hit.source === 'archive' ? 'Kho bài trên cổng' : 'Bài của cơ quan'} · {formatDateTime(hit.date)}
                  {hit.kind ? ` · ${hit.kind}` : ''}
                  {hit.sameKind ? '' : ' · khác loại'}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
