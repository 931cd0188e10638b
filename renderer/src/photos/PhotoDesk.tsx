import { styleConfig } from '../../../shared/style/config';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../shared/article/model';
import { formatDateTime } from '../../../shared/format/date';
import { sceneCaption, SPEAKER_ACTIONS, speakerCaption } from '../../../shared/media/captions';
import { photoPath, type Photo } from '../../../shared/media/model';
import { movePhotos, shiftPhoto } from '../../../shared/media/order';
import { StyleChecker } from '../../../shared/style/check';
import { ApiCallError, call, errorMessage, mediaUrl } from '../api';
import { downloadFile } from '../files/files';
import { canPickFolder, writeToFolder } from '../files/folder';
import { ConfirmDialog } from '../components/Dialog';
import { useToast } from '../components/toast';
import { matchOfficials } from '../../../shared/office/match';
import { useOffice } from '../office/office-context';
import { ImportQueue, photoFiles, type ImportProgress } from './import-queue';

interface Props {
  articleId: string;
}

/** What a tile dragged inside the grid carries: the ids of the photos it moves. */
const PHOTO_DRAG = 'application/x-toasoan-photos';

/** The photos of one article: import in batches, caption fast from the keyboard, credit, pick, order, cover. */
export function PhotoDesk({ articleId }: Props) {
  const toast = useToast();
  const [article, setArticle] = useState<Article | null>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [coverId, setCoverId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [dragging, setDragging] = useState(false);
  /** Tiles being dragged to another place in the grid, and where they would land. */
  const [moving, setMoving] = useState<string[] | null>(null);
  const [dropAt, setDropAt] = useState<{ id: string; place: 'before' | 'after' } | null>(null);
  /** A photo chosen with the arrow keys keeps the focus in the grid; chosen by a click or Enter, the caption box takes it. */
  const captionTakesFocus = useRef(true);
  /** Where a Shift+arrow selection starts: the photo last chosen without Shift. */
  const anchor = useRef<string | null>(null);
  const grid = useRef<HTMLUListElement>(null);
  const queue = useRef<ImportQueue | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);

  const exportToFolder = async (): Promise<void> => {
    try {
      const files = await call('photos.exportFiles', { articleId, onlyStarred: photos.some((photo) => photo.starred) });
      setExporting({ done: 0, total: files.length });
      const written = await writeToFolder(files, (done) => setExporting({ done, total: files.length }));
      if (written) toast.show(`Đã xuất ${written.count} ảnh vào thư mục «${written.folder}» (kèm chú thích, tác giả trong tệp ảnh).`);
    } catch (caught) {
      if (caught instanceof ApiCallError) toast.error(caught);
      else toast.show(`Không ghi được vào thư mục đã chọn (${(caught as Error).message}). Hãy chọn thư mục khác, hoặc «Tải về dạng ZIP».`, { tone: 'error' });
    } finally {
      setExporting(null);
    }
  };

  useEffect(() => {
    Promise.all([call('articles.get', { id: articleId }), call('photos.list', { articleId })])
      .then(([loaded, list]) => {
        setArticle(loaded);
        setPhotos(list.photos);
        setCoverId(list.coverId);
        setSelected(list.photos[0] ? [list.photos[0].id] : []);
      })
      .catch((error: unknown) => setLoadError(errorMessage(error)));
  }, [articleId]);

  useEffect(() => {
    // A folder input picks folders; React does not know the attribute.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const importFiles = useCallback(
    (files: File[], fromFolder: boolean) => {
      const wanted = photoFiles(files, fromFolder);
      if (wanted.length === 0) {
        toast.show('Không có tệp ảnh nào trong những gì vừa chọn.', { tone: 'error' });
        return;
      }
      const job = new ImportQueue(articleId, wanted, (next, added) => {
        setProgress(next);
        if (added) {
          setPhotos((list) => [...list, added]);
          setCoverId((current) => current ?? added.id);
        }
      });
      queue.current = job;
      void job.run().then(async (result) => {
        queue.current = null;
        if (result.addedInOrder.length > 1) {
          // Put the batch in the order the files were chosen.
          const batch = new Set(result.addedInOrder.map((photo) => photo.id));
          const current = await call('photos.list', { articleId });
          const order = [...current.photos.filter((photo) => !batch.has(photo.id)).map((photo) => photo.id), ...result.addedInOrder.map((photo) => photo.id)];
          let list = await call('photos.reorder', { articleId, order }).catch(() => current);
          // The cover the batch set by itself is the photo that finished first: make it the first chosen.
          const first = result.addedInOrder[0].id;
          if (list.coverId && batch.has(list.coverId) && list.coverId !== first) list = await call('photos.setCover', { articleId, photoId: first }).catch(() => list);
          setPhotos(list.photos);
          setCoverId(list.coverId);
        }
        const parts = [`Đã nhập ${result.added} ảnh`];
        if (result.duplicates.length) parts.push(`bỏ qua ${result.duplicates.length} ảnh trùng`);
        if (result.failures.length) parts.push(`${result.failures.length} tệp không nhập được`);
        if (result.cancelled) parts.push(`dừng khi còn ${result.total - result.done} ảnh chưa nhập`);
        toast.show(`${parts.join(', ')}.`, { tone: result.failures.length ? 'error' : 'info' });
      });
    },
    [articleId, toast],
  );

  const selectedPhotos = photos.filter((photo) => selected.includes(photo.id));
  const focus = selectedPhotos.length === 1 ? selectedPhotos[0] : null;

  const replace = (changed: Photo[]): void => {
    const byId = new Map(changed.map((photo) => [photo.id, photo]));
    setPhotos((list) => list.map((photo) => byId.get(photo.id) ?? photo));
  };

  const update = async (ids: string[], edit: Parameters<typeof call<'photos.update'>>[1]['edit']): Promise<boolean> => {
    try {
      replace(await call('photos.update', { articleId, photoIds: ids, edit }));
      return true;
    } catch (error) {
      toast.error(error);
      return false;
    }
  };

  /** A new order saved, with an undo for a few seconds. */
  const reorder = async (order: string[], message: string): Promise<void> => {
    const before = photos.map((photo) => photo.id);
    if (order.every((id, index) => id === before[index])) return;
    try {
      setPhotos((await call('photos.reorder', { articleId, order })).photos);
      toast.show(message, {
        action: {
          label: 'Hoàn tác',
          run: () =>
            void call('photos.reorder', { articleId, order: before })
              .then((list) => setPhotos(list.photos))
              .catch((error: unknown) => toast.error(error)),
        },
      });
    } catch (error) {
      toast.error(error);
    }
  };

  const move = async (delta: number): Promise<void> => {
    if (!focus) return;
    const order = shiftPhoto(
      photos.map((photo) => photo.id),
      focus.id,
      delta,
    );
    await reorder(order, delta < 0 ? 'Đã đưa ảnh lên trước.' : 'Đã đưa ảnh ra sau.');
  };

  const dropOn = async (targetId: string, place: 'before' | 'after'): Promise<void> => {
    if (!moving) return;
    const order = movePhotos(
      photos.map((photo) => photo.id),
      moving,
      targetId,
      place,
    );
    const count = moving.length;
    setMoving(null);
    setDropAt(null);
    await reorder(order, count > 1 ? `Đã chuyển ${count} ảnh sang chỗ mới.` : 'Đã chuyển ảnh sang chỗ mới.');
  };

  const selectNext = (): void => {
    if (!focus) return;
    captionTakesFocus.current = true;
    const index = photos.findIndex((photo) => photo.id === focus.id);
    const next = photos[index + 1];
    if (next) setSelected([next.id]);
  };

  /** Arrow keys in the grid, as in a file browser: ←/→ one photo, ↑/↓ one row, Home/End; Shift extends the selection. */
  const moveFocus = (from: number, key: string, extend: boolean): boolean => {
    const tiles = [...(grid.current?.querySelectorAll<HTMLElement>('.photo-tile') ?? [])];
    const top = tiles[0]?.offsetTop;
    const columns = Math.max(1, tiles.findIndex((tile) => tile.offsetTop !== top) === -1 ? tiles.length : tiles.findIndex((tile) => tile.offsetTop !== top));
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns };
    const target = key === 'Home' ? 0 : key === 'End' ? photos.length - 1 : from + (step[key] ?? 0);
    if (!(key in step) && key !== 'Home' && key !== 'End') return false;
    const to = Math.min(photos.length - 1, Math.max(0, target));
    captionTakesFocus.current = false;
    if (extend) {
      anchor.current ??= photos[from].id;
      const start = Math.max(0, photos.findIndex((item) => item.id === anchor.current));
      setSelected(photos.slice(Math.min(start, to), Math.max(start, to) + 1).map((item) => item.id));
    } else {
      anchor.current = photos[to].id;
      setSelected([photos[to].id]);
    }
    tiles[to]?.focus();
    return true;
  };

  const click = (photo: Photo, event: React.MouseEvent): void => {
    captionTakesFocus.current = true;
    if (event.ctrlKey || event.metaKey) {
      setSelected((list) => (list.includes(photo.id) ? list.filter((id) => id !== photo.id) : [...list, photo.id]));
    } else if (event.shiftKey && (anchor.current ?? focus?.id)) {
      // From where the selection started (a Shift+click after another widens or narrows the same range).
      const from = Math.max(0, photos.findIndex((item) => item.id === (anchor.current ?? focus?.id)));
      const to = photos.findIndex((item) => item.id === photo.id);
      setSelected(photos.slice(Math.min(from, to), Math.max(from, to) + 1).map((item) => item.id));
    } else {
      anchor.current = photo.id;
      setSelected([photo.id]);
      // The photo already open: its caption box takes the focus (a new one's does when it opens).
      if (focus?.id === photo.id) document.getElementById('photo-caption')?.focus();
    }
  };

  if (loadError) {
    return (
      <section className="editor-missing" role="alert">
        <h1>Không mở được kho ảnh</h1>
        <p>{loadError}</p>
        <a href="#/">← Về thư viện bài viết</a>
      </section>
    );
  }

  return (
    <section
      className={`photo-desk${dragging ? ' is-dragging' : ''}`}
      aria-labelledby="photos-title"
      onDragOver={(event) => {
        // Files from outside are imported; tiles moved inside the grid are handled by the tiles.
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(false);
        importFiles([...event.dataTransfer.files], true);
      }}
    >
      <div className="view-header">
        <div>
          <a href={`#/bai-viet/${articleId}`} className="back-link">
            ← Về bài viết
          </a>
          <h1 id="photos-title">Ảnh của bài «{article?.title || 'chưa có tiêu đề'}»</h1>
        </div>
        <div className="toolbar-row">
          <button type="button" className="primary" onClick={() => filesInput.current?.click()} disabled={queue.current !== null}>
            Nhập ảnh…
          </button>
          <button type="button" onClick={() => folderInput.current?.click()} disabled={queue.current !== null}>
            Nhập cả thư mục…
          </button>
          {canPickFolder() && (
            <button type="button" disabled={photos.length === 0 || exporting !== null} onClick={() => void exportToFolder()}>
              {photos.some((photo) => photo.starred) ? 'Xuất ảnh đã chọn (★) ra thư mục…' : 'Xuất tất cả ảnh ra thư mục…'}
            </button>
          )}
          <button
            type="button"
            disabled={photos.length === 0}
            onClick={() =>
              void call('photos.export', { articleId, onlyStarred: photos.some((photo) => photo.starred) })
                .then((file) => {
                  downloadFile(file.fileName, file.base64, 'application/zip');
                  toast.show(`Đã xuất ${file.count} ảnh (kèm chú thích, tác giả trong tệp ảnh).`);
                })
                .catch((error: unknown) => toast.error(error))
            }
          >
            {canPickFolder() ? 'Tải về dạng ZIP' : photos.some((photo) => photo.starred) ? 'Xuất ảnh đã chọn (★)' : 'Xuất tất cả ảnh'}
          </button>
          {exporting && (
            <span role="status">
              <progress max={exporting.total} value={exporting.done} aria-label="Đang xuất ảnh ra thư mục" /> {exporting.done}/{exporting.total}
            </span>
          )}
          <input
            ref={filesInput}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,image/tiff,image/heic,image/heif,image/avif,.heic,.heif,.avif,.jpg,.jpeg,.png,.webp,.tif,.tiff"
            className="visually-hidden"
            aria-label="Chọn ảnh để nhập"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              importFiles(files, false);
            }}
          />
          <input
            ref={folderInput}
            type="file"
            multiple
            className="visually-hidden"
            aria-label="Chọn thư mục ảnh để nhập"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              importFiles(files, true);
            }}
          />
        </div>
      </div>
      {progress && !progress.finished && (
        <div className="import-progress" role="status" aria-label="Tiến độ nhập ảnh">
          <progress max={progress.total} value={progress.done} aria-label={`Đã nhập ${progress.done} trên ${progress.total} ảnh`} />
          <span>
            {progress.cancelled ? 'Đang dừng…' : `Đang nhập ${progress.done}/${progress.total}`}
            {progress.current && !progress.cancelled ? ` — ${progress.current}` : ''}
          </span>
          <button type="button" onClick={() => queue.current?.cancel()} disabled={progress.cancelled}>
            Hủy
          </button>
        </div>
      )}
      {progress?.finished && progress.failures.length > 0 && (
        <div className="banner banner-warning import-failures" role="alert">
          <div>
            <strong>Không nhập được {progress.failures.length} tệp:</strong>
            <ul>
              {progress.failures.map((failure) => (
                <li key={failure.name}>{failure.message}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={() => setProgress(null)}>
            Đã hiểu
          </button>
        </div>
      )}
      {photos.length === 0 ? (
        <p className="empty drop-hint">Chưa có ảnh. Kéo thả ảnh hoặc cả thư mục vào đây, hoặc bấm «Nhập ảnh…».</p>
      ) : (
        <div className="photo-layout">
          <ul ref={grid} className="photo-grid" aria-label="Ảnh của bài" aria-multiselectable="true" role="listbox">
            {photos.map((photo, index) => (
              <li
                key={photo.id}
                role="option"
                aria-selected={selected.includes(photo.id)}
                aria-label={`Ảnh ${index + 1}: ${photo.caption || photo.fileName}`}
                className={`photo-tile${selected.includes(photo.id) ? ' is-selected' : ''}${moving?.includes(photo.id) ? ' is-moving' : ''}${dropAt?.id === photo.id ? ` drop-${dropAt.place}` : ''}`}
                tabIndex={photo.id === (focus?.id ?? selected[0] ?? photos[0]?.id) ? 0 : -1}
                draggable
                onClick={(event) => click(photo, event)}
                onDragStart={(event) => {
                  // A selected tile takes the whole selection with it; another tile goes alone.
                  const ids = selected.includes(photo.id) ? selected : [photo.id];
                  if (!selected.includes(photo.id)) setSelected([photo.id]);
                  setMoving(ids);
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData(PHOTO_DRAG, ids.join(' '));
                }}
                onDragOver={(event) => {
                  if (!moving) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  const box = event.currentTarget.getBoundingClientRect();
                  const place = event.clientX < box.left + box.width / 2 ? 'before' : 'after';
                  if (dropAt?.id !== photo.id || dropAt.place !== place) setDropAt({ id: photo.id, place });
                }}
                onDrop={(event) => {
                  if (!moving) return;
                  event.preventDefault();
                  void dropOn(photo.id, dropAt?.id === photo.id ? dropAt.place : 'before');
                }}
                onDragEnd={() => {
                  setMoving(null);
                  setDropAt(null);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    // Enter: caption this photo.
                    event.preventDefault();
                    captionTakesFocus.current = true;
                    setSelected([photo.id]);
                    document.getElementById('photo-caption')?.focus();
                  } else if (event.key === ' ') {
                    event.preventDefault();
                    if (event.ctrlKey || event.metaKey) setSelected((list) => (list.includes(photo.id) ? list.filter((id) => id !== photo.id) : [...list, photo.id]));
                    else setSelected([photo.id]);
                  } else if (!event.altKey && !event.ctrlKey && !event.metaKey && moveFocus(index, event.key, event.shiftKey)) {
                    event.preventDefault();
                  } else if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && focus?.id === photo.id) {
                    event.preventDefault();
                    void move(event.key === 'ArrowLeft' ? -1 : 1);
                  } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
                    event.preventDefault();
                    setSelected(photos.map((item) => item.id));
                  }
                }}
              >
                <img src={mediaUrl(photoPath(photo, 'thumb'))} alt={photo.alt || ''} loading="lazy" decoding="async" width={200} height={150} />
                <div className="photo-meta">
                  {photo.id === coverId && <span className="tag cover-tag">Ảnh đại diện</span>}
                  {photo.starred && <span className="star" aria-label="Đã chọn">★</span>}
                  {!photo.alt && <span className="tag warn-tag">Thiếu mô tả ảnh</span>}
                </div>
                <p className="photo-caption">{photo.caption || <em>Chưa có chú thích</em>}</p>
              </li>
            ))}
          </ul>
          <aside className="side-panel photo-panel" aria-label="Chú thích ảnh">
            {focus ? (
              <CaptionEditor
                key={focus.id}
                photo={focus}
                takeFocus={captionTakesFocus.current}
                isCover={focus.id === coverId}
                event={eventName(article)}
                onSave={(edit) => update([focus.id], edit)}
                onNext={selectNext}
                onMove={(delta) => void move(delta)}
                onCover={() =>
                  void call('photos.setCover', { articleId, photoId: focus.id })
                    .then((list) => setCoverId(list.coverId))
                    .catch((error: unknown) => toast.error(error))
                }
                onDelete={() => setDeleting(true)}
              />
            ) : selectedPhotos.length > 1 ? (
              <ManyEditor count={selectedPhotos.length} onCredit={(credit) => void update(selected, { credit })} onStar={(starred) => void update(selected, { starred })} onDelete={() => setDeleting(true)} />
            ) : (
              <p className="hint">Chọn một ảnh để chú thích; giữ Ctrl hoặc Shift để chọn nhiều ảnh (Ctrl+A: tất cả). Kéo ảnh trong lưới để đổi thứ tự.</p>
            )}
          </aside>
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title="Xóa ảnh?"
          message={`${selected.length} ảnh sẽ bị xóa khỏi bài (cả bản gốc trong kho).`}
          confirmLabel="Xóa ảnh"
          danger
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void call('photos.remove', { articleId, photoIds: selected })
              .then((list) => {
                setPhotos(list.photos);
                setCoverId(list.coverId);
                setSelected(list.photos[0] ? [list.photos[0].id] : []);
              })
              .catch((error: unknown) => toast.error(error));
          }}
        />
      )}
    </section>
  );
}

/** The event a caption names: "Hội nghị" for a conference report, from the article's template. */
function eventName(article: Article | null): string {
  const kind = article?.template?.values.kind;
  if (typeof kind === 'string' && kind.trim()) return kind.trim().split(' ').slice(0, 2).join(' ');
  return 'Hội nghị';
}

interface CaptionEditorProps {
  photo: Photo;
  /** Whether the caption box takes the focus when it opens (not when the person moves through the grid with arrows). */
  takeFocus: boolean;
  isCover: boolean;
  event: string;
  onSave: (edit: { caption?: string; credit?: string; alt?: string; starred?: boolean }) => Promise<boolean>;
  onNext: () => void;
  onMove: (delta: number) => void;
  onCover: () => void;
  onDelete: () => void;
}

function CaptionEditor({ photo, takeFocus, isCover, event, onSave, onNext, onMove, onCover, onDelete }: CaptionEditorProps) {
  const { office, settings } = useOffice();
  const [caption, setCaption] = useState(photo.caption);
  const [credit, setCredit] = useState(photo.credit);
  const [alt, setAlt] = useState(photo.alt);
  const [person, setPerson] = useState('');
  const [action, setAction] = useState(SPEAKER_ACTIONS[0]);
  const [eventText, setEventText] = useState(event);
  const captionRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (takeFocus) captionRef.current?.focus();
    // Only when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const checker = useMemo(
    () =>
      office && settings
        ? new StyleChecker(styleConfig(office, settings))
        : null,
    [office, settings],
  );
  const findings = checker ? checker.checkArticle({ title: '', lead: '', blocks: [caption], byline: '' }) : [];
  const people = person.trim() ? matchOfficials(office?.officials ?? [], person, 5) : [];

  const save = async (): Promise<boolean> => {
    if (caption === photo.caption && credit === photo.credit && alt === photo.alt) return true;
    return onSave({ caption, credit, alt });
  };

  return (
    <div className="caption-editor">
      <img className="photo-preview" src={mediaUrl(photoPath(photo, 'web'))} alt={photo.alt || ''} />
      <p className="hint">
        {photo.fileName} · {photo.width}×{photo.height}
        {photo.takenAt ? ` · chụp lúc ${formatDateTime(photo.takenAt)}` : ''}
        {photo.camera ? ` · ${photo.camera}` : ''}
      </p>
      <label className="field-caption" htmlFor="photo-caption">
        Chú thích (Enter: lưu và sang ảnh sau)
      </label>
      <textarea
        id="photo-caption"
        ref={captionRef}
        rows={3}
        value={caption}
        onChange={(changed) => setCaption(changed.target.value)}
        onBlur={() => void save()}
        onKeyDown={(pressed) => {
          if (pressed.key === 'Enter' && !pressed.shiftKey) {
            pressed.preventDefault();
            void save().then((ok) => ok && onNext());
          }
        }}
      />
      {findings.length > 0 && (
        <ul className="finding-list" aria-label="Lỗi văn phong trong chú thích">
          {findings.map((finding, index) => (
            <li key={index} className={`finding finding-${finding.severity}`}>
              <span>{finding.message}</span>
              {finding.suggestion !== null && (
                <button type="button" onClick={() => setCaption(caption.slice(0, finding.start) + finding.suggestion + caption.slice(finding.end))}>
                  Sửa
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="caption-helpers">
        <summary>Mẫu chú thích</summary>
        <div className="field">
          <label className="field-caption" htmlFor="caption-person">
            Người trong ảnh (từ danh bạ)
          </label>
          <input id="caption-person" value={person} onChange={(changed) => setPerson(changed.target.value)} placeholder="Gõ vài chữ của tên" />
          {people.length > 0 && (
            <ul className="people-menu inline" role="listbox" aria-label="Chọn người trong ảnh">
              {people.map((official) => (
                <li
                  key={official.id}
                  role="option"
                  aria-selected={false}
                  className="people-menu-item"
                  onMouseDown={(pressed) => {
                    pressed.preventDefault();
                    setCaption(speakerCaption(official, action, eventText));
                    setPerson('');
                  }}
                >
                  <strong>{official.name}</strong>
                  <span>{official.titles.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="toolbar-row">
          <select aria-label="Hành động" value={action} onChange={(changed) => setAction(changed.target.value)}>
            {SPEAKER_ACTIONS.map((item) => (
              <option key={item}>{item}</option>
            ))}
          </select>
          <input aria-label="Sự kiện" value={eventText} onChange={(changed) => setEventText(changed.target.value)} />
        </div>
        <div className="toolbar-row">
          <button type="button" onClick={() => setCaption(sceneCaption('Toàn cảnh', eventText))}>
            Toàn cảnh {eventText}
          </button>
          <button type="button" onClick={() => setCaption(sceneCaption('Quang cảnh', eventText))}>
            Quang cảnh {eventText}
          </button>
        </div>
      </details>
      <label className="field-caption" htmlFor="photo-credit">
        Tác giả ảnh
      </label>
      <input id="photo-credit" value={credit} onChange={(changed) => setCredit(changed.target.value)} onBlur={() => void save()} placeholder="Tên người chụp" />
      <label className="field-caption" htmlFor="photo-alt">
        Mô tả ảnh cho người khiếm thị (bắt buộc trước khi gửi duyệt)
      </label>
      <textarea id="photo-alt" rows={2} value={alt} onChange={(changed) => setAlt(changed.target.value)} onBlur={() => void save()} placeholder="Tả điều người xem thấy trong ảnh, cho người khiếm thị" />
      <div className="toolbar-row">
        <button type="button" aria-pressed={photo.starred} onClick={() => void onSave({ starred: !photo.starred })}>
          {photo.starred ? '★ Đã chọn' : '☆ Chọn ảnh này'}
        </button>
        <button type="button" onClick={onCover} disabled={isCover}>
          {isCover ? 'Là ảnh đại diện' : 'Đặt làm ảnh đại diện'}
        </button>
        <button type="button" aria-label="Đưa ảnh lên trước" title="Alt+← trên ảnh; hoặc kéo ảnh trong lưới" onClick={() => onMove(-1)}>
          ← Trước
        </button>
        <button type="button" aria-label="Đưa ảnh ra sau" title="Alt+→ trên ảnh; hoặc kéo ảnh trong lưới" onClick={() => onMove(1)}>
          Sau →
        </button>
        <button type="button" className="quiet danger-text" onClick={onDelete}>
          Xóa ảnh
        </button>
      </div>
    </div>
  );
}

function ManyEditor({ count, onCredit, onStar, onDelete }: { count: number; onCredit: (credit: string) => void; onStar: (starred: boolean) => void; onDelete: () => void }) {
  const [credit, setCredit] = useState('');
  return (
    <div className="caption-editor">
      <p>
        <strong>Đang chọn {count} ảnh.</strong>
      </p>
      <p className="hint">Kéo một ảnh đang chọn để chuyển cả {count} ảnh sang chỗ khác trong lưới.</p>
      <label className="field-caption" htmlFor="many-credit">
        Tác giả ảnh cho tất cả ảnh đang chọn
      </label>
      <input id="many-credit" value={credit} onChange={(changed) => setCredit(changed.target.value)} placeholder="Tên người chụp" />
      <div className="toolbar-row">
        <button type="button" className="primary" onClick={() => onCredit(credit)} disabled={!credit.trim()}>
          Ghi tác giả cho {count} ảnh
        </button>
        <button type="button" onClick={() => onStar(true)}>
          ★ Chọn tất cả
        </button>
        <button type="button" className="quiet danger-text" onClick={onDelete}>
          Xóa {count} ảnh
        </button>
      </div>
    </div>
  );
}
