import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallOutput } from '../../../shared/api/contract';
import type { AppEvents } from '../../../shared/api/events';
import { fromDisplay } from '../../../shared/format/date-input';
import { formatDateTime } from '../../../shared/format/date';
import { archiveRef } from '../../../shared/search/ids';
import { EVENT_KINDS } from '../../../shared/search/kinds';
import { call, errorMessage, mediaUrl, onAppEvent } from '../api';
import { Highlighted } from '../components/Highlighted';
import { useToast } from '../components/toast';
import { PortalSelect, usePortals } from '../workflow/PortalChoice';

type Hits = CallOutput<'search.query'> & { more: boolean };

/** Results asked for at a time; the next ones come as the list is scrolled. */
const HITS_PAGE = 50;
type Post = CallOutput<'archive.get'>;
type Source = '' | 'own' | 'archive';

/** A day typed as dd/mm/yyyy: its first or its last millisecond (local time); undefined when empty or not a date. */
function dayBound(text: string, end: boolean): number | undefined {
  const parsed = fromDisplay(text);
  if (!parsed) return undefined;
  const [year, month, day] = parsed.slice(0, 10).split('-').map(Number);
  return end ? new Date(year, month - 1, day + 1).getTime() - 1 : new Date(year, month - 1, day).getTime();
}

/**
 * «Kho bài trên cổng»: the portal's published posts brought onto the workstation (a progress bar with a count, a
 * stop button; a pull cut short goes on where it stopped), and one search over them and the office's own articles,
 * with the filters an editor looking for last year's report needs. A post of the archive opens read-only; any of
 * its paragraphs can be copied.
 */
export function ArchiveView() {
  const toast = useToast();
  const { portals, portalId, setPortalId } = usePortals();
  const [status, setStatus] = useState<CallOutput<'archive.status'> | null>(null);
  const [progress, setProgress] = useState<AppEvents['archive.progress'] | null>(null);
  const [query, setQuery] = useState('');
  const [source, setSource] = useState<Source>('');
  const [kind, setKind] = useState('');
  const [category, setCategory] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  useEffect(() => {
    call('search.categories', {})
      .then((result) => setCategories(result.categories))
      .catch(() => undefined);
  }, [progress?.state]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hits, setHits] = useState<Hits | null>(null);
  const [open, setOpen] = useState<Post | null>(null);

  const refreshStatus = useCallback(() => {
    if (!portalId) return;
    call('archive.status', { portalId })
      .then(setStatus)
      .catch(() => undefined);
  }, [portalId]);
  useEffect(refreshStatus, [refreshStatus]);

  useEffect(
    () =>
      onAppEvent('archive.progress', (event) => {
        if (event.portalId !== portalId) return;
        setProgress(event);
        if (event.state !== 'running') {
          refreshStatus();
          if (event.state === 'failed') toast.show(`Chưa cập nhật xong kho bài: ${event.message ?? 'lỗi không rõ'}. Lần sau sẽ tiếp tục từ chỗ đã dừng.`);
        }
      }),
    [portalId, refreshStatus, toast],
  );

  // Results as one types: a short pause, then the first page and the count; the next pages as the list is scrolled.
  const asked = useRef(0);
  const search = useCallback(
    (offset: number) =>
      call('search.query', {
        query,
        ...(source ? { source } : {}),
        ...(kind ? { kind } : {}),
        ...(category.trim() ? { category: category.trim() } : {}),
        from: dayBound(from, false),
        to: dayBound(to, true),
        offset,
        limit: HITS_PAGE,
      }),
    [query, source, kind, category, from, to],
  );
  useEffect(() => {
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      search(0)
        .then((result) => ask === asked.current && setHits({ ...result, more: result.hits.length === HITS_PAGE }))
        .catch((error: unknown) => toast.show(errorMessage(error)));
    }, 150);
    return () => clearTimeout(timer);
  }, [search, toast, progress?.state]);
  const loadingMore = useRef(false);
  const more = useCallback(() => {
    if (!hits?.more || loadingMore.current) return;
    loadingMore.current = true;
    const ask = asked.current;
    search(hits.hits.length)
      .then((result) => {
        if (ask !== asked.current) return;
        setHits((current) => (current ? { ...current, hits: [...current.hits, ...result.hits], more: result.hits.length === HITS_PAGE } : current));
      })
      .catch((error: unknown) => toast.show(errorMessage(error)))
      .finally(() => {
        loadingMore.current = false;
      });
  }, [hits, search, toast]);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const element = end.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && more(), { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [more]);

  const running = progress?.state === 'running' || status?.running === true;
  const pull = async (): Promise<void> => {
    try {
      setProgress({ portalId, phase: 'changes', fetched: 0, state: 'running' });
      await call('archive.pull', { portalId });
    } catch (error) {
      setProgress(null);
      toast.show(errorMessage(error));
    }
  };

  const openHit = async (id: string): Promise<void> => {
    const ref = archiveRef(id);
    if (!ref) {
      window.location.hash = `#/bai-viet/${id}`;
      return;
    }
    try {
      setOpen(await call('archive.get', ref));
    } catch (error) {
      toast.show(errorMessage(error));
    }
  };

  const copy = async (text: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      toast.show('Đã chép đoạn văn; dán vào bài bằng Ctrl+V.');
    } catch {
      toast.show('Không chép được vào bộ nhớ tạm; hãy chọn đoạn văn và bấm Ctrl+C.');
    }
  };

  return (
    <section className="archive-view">
      <div className="page-header">
        <h1>Kho bài trên cổng</h1>
      </div>
      {portals?.length === 0 ? (
        <p className="empty">Chưa có cổng nào. Hãy thiết lập cổng trong «Cài đặt → Cổng thông tin» để đưa kho bài đã đăng về máy.</p>
      ) : (
        <div className="archive-pull">
          {portals && portals.length > 1 && <PortalSelect portals={portals} portalId={portalId} onChange={setPortalId} />}
          <span className="archive-status">
            {status ? `${status.kept.toLocaleString('vi-VN')} bài trong kho` : ''}
            {status?.completedAt ? `; cập nhật lần cuối ${formatDateTime(status.completedAt)}` : status ? '; chưa cập nhật lần nào' : ''}
          </span>
          {running ? (
            <span className="import-progress" role="status">
              <progress aria-label="Đang cập nhật kho bài" />
              <span>
                {progress?.phase === 'deletions' ? 'Đang đối chiếu bài đã gỡ trên cổng…' : `Đang lấy bài về: ${(progress?.fetched ?? 0).toLocaleString('vi-VN')} bài mới hoặc đã sửa`}
              </span>
              <button type="button" onClick={() => void call('archive.cancel', { portalId })}>
                Dừng
              </button>
            </span>
          ) : (
            <button type="button" className="primary" onClick={() => void pull()} disabled={!portalId}>
              Cập nhật kho bài
            </button>
          )}
          {progress && progress.state !== 'running' && (
            <span role="status">
              {progress.state === 'done' ? `Đã cập nhật: ${progress.fetched.toLocaleString('vi-VN')} bài mới hoặc đã sửa.` : progress.state === 'cancelled' ? 'Đã dừng; lần sau sẽ tiếp tục từ chỗ đã dừng.' : ''}
            </span>
          )}
        </div>
      )}

      <div className="toolbar archive-filters">
        <input
          type="search"
          aria-label="Tìm trong bài của cơ quan và kho bài trên cổng"
          placeholder="Tìm (gõ không dấu cũng được; cụm từ trong ngoặc kép)"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select aria-label="Nguồn" value={source} onChange={(event) => setSource(event.target.value as Source)}>
          <option value="">Tất cả</option>
          <option value="own">Bài của cơ quan</option>
          <option value="archive">Kho bài trên cổng</option>
        </select>
        <select aria-label="Loại sự kiện" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">Mọi loại sự kiện</option>
          {EVENT_KINDS.map((entry) => (
            <option key={entry.kind} value={entry.kind}>
              {entry.kind}
            </option>
          ))}
        </select>
        <input className="category-input" aria-label="Chuyên mục" placeholder="Chuyên mục (cả tên)" list="archive-categories" value={category} onChange={(event) => setCategory(event.target.value)} />
        <datalist id="archive-categories">
          {categories.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <input className="date-input" aria-label="Từ ngày" placeholder="Từ ngày (dd/mm/yyyy)" value={from} onChange={(event) => setFrom(event.target.value)} />
        <input className="date-input" aria-label="Đến ngày" placeholder="Đến ngày (dd/mm/yyyy)" value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
      <p className="count" aria-live="polite">
        {hits ? (hits.capped ? `Hơn ${hits.total.toLocaleString('vi-VN')} kết quả` : `${hits.total.toLocaleString('vi-VN')} kết quả`) : ''}
      </p>

      <div className={open ? 'archive-split' : undefined}>
        <ul className="archive-hits">
          {hits?.hits.map((hit) => (
            <li key={hit.id} className={hit.thumbnail ? 'with-thumb' : undefined}>
              {hit.thumbnail && <img className="archive-thumb" src={mediaUrl(hit.thumbnail)} alt="" loading="lazy" />}
              <button type="button" className="link-like" onClick={() => void openHit(hit.id)}>
                {hit.title || 'Bài chưa có tiêu đề'}
              </button>
              <span className="archive-meta">
                {hit.source === 'archive' ? 'Kho bài trên cổng' : 'Bài của cơ quan'} · {formatDateTime(hit.date)}
                {hit.kind ? ` · ${hit.kind}` : ''}
              </span>
              {hit.snippet.text && (
                <div className="excerpt snippet">
                  <Highlighted text={hit.snippet.text} marks={hit.snippet.marks} />
                </div>
              )}
            </li>
          ))}
          {hits?.more && (
            <li ref={end} className="hint">
              Đang tải thêm kết quả…
            </li>
          )}
        </ul>
        {open && (
          <article className="archive-post" aria-label={`Bài trên cổng: ${open.title}`}>
            <header>
              <button type="button" className="quiet" aria-label="Đóng bài đang xem" onClick={() => setOpen(null)}>
                ✕
              </button>
              <h2>{open.title}</h2>
              <p className="archive-meta">
                Đăng {formatDateTime(Date.parse(open.published))}
                {open.categories.length > 0 ? ` · ${open.categories.join(', ')}` : ''}
                {open.deletedAt !== null ? ' · đã gỡ khỏi cổng' : ''} · chỉ đọc
              </p>
              <p className="archive-link">{open.link}</p>
            </header>
            {open.thumbnail && <img className="archive-featured" src={mediaUrl(open.thumbnail)} alt={`Ảnh đại diện của bài «${open.title}»`} />}
            {!open.thumbnail && open.thumbnailUrl && <p className="archive-link">Ảnh đại diện (chưa tải về được): {open.thumbnailUrl}</p>}
            {open.lead && <p className="lead">{open.lead}</p>}
            {open.paragraphs.map((paragraph, index) => (
              <div className="archive-paragraph" key={index}>
                <p>{paragraph}</p>
                <button type="button" className="quiet" aria-label={`Chép đoạn ${index + 1}`} onClick={() => void copy(paragraph)}>
                  Chép
                </button>
              </div>
            ))}
          </article>
        )}
      </div>
    </section>
  );
}
