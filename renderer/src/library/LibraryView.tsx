import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/model';
import { ARTICLE_STATUSES, ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../shared/article/status';
import { call } from '../api';
import { useToast } from '../components/toast';
import { ArticleRows } from './ArticleRows';
import { SearchIndexing } from './SearchIndexing';
import { FIRST_FILTER, useArticlePages } from './useArticlePages';
import { FileButton } from '../components/FileButton';
import { useCommands, useFileHandler } from '../desktop/commands';
import { useChooseProfile, useProfile } from '../workflow/profile-context';
import { openableKind } from '../../../shared/api/events';
import { DOCX_ACCEPT, ImportReport, importDocx, importErrorMessage, receivePackage, type DocxImportResult } from '../files/DocxImport';

// The chooser brings the template renderer and schemas; it loads on first use.
const NewArticleDialog = lazy(() => import('../templates/NewArticleDialog').then((module) => ({ default: module.NewArticleDialog })));

const PortalInbox = lazy(() => import('../workflow/PortalInbox').then((module) => ({ default: module.PortalInbox })));

interface Props {
  onOpen: (id: string) => void;
}

export function LibraryView({ onOpen }: Props) {
  const toast = useToast();
  const [query, setQuery] = useState(FIRST_FILTER.query ?? '');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [sort, setSort] = useState<'updated-desc' | 'updated-asc'>(FIRST_FILTER.sort ?? 'updated-desc');
  const [choosing, setChoosing] = useState(false);
  const [waitingForMe, setWaitingForMe] = useState(false);
  const [inbox, setInbox] = useState(false);
  const [importing, setImporting] = useState<string | null>(null);
  const [imported, setImported] = useState<{ fileName: string; result: DocxImportResult } | null>(null);

  const importPackage = async (file: File): Promise<void> => {
    setImporting(file.name);
    try {
      const result = await receivePackage(file);
      toast.show(`${result.updated ? 'Đã cập nhật' : 'Đã nhận'} bài «${result.title}» từ gói (${result.photos} ảnh${result.versions ? `, ${result.versions} phiên bản` : ''}).`);
      onOpen(result.articleId);
    } catch (caught) {
      toast.show(importErrorMessage(caught), { tone: 'error' });
    } finally {
      setImporting(null);
    }
  };
  const importWord = async (file: File): Promise<void> => {
    setImporting(file.name);
    try {
      const result = await importDocx(file);
      if (result.report.length > 0) setImported({ fileName: file.name, result });
      else {
        toast.show(`Đã nhập «${file.name}» thành bài mới${result.photos ? ` cùng ${result.photos} ảnh` : ''}.`);
        onOpen(result.articleId);
      }
    } catch (caught) {
      toast.show(importErrorMessage(caught), { tone: 'error' });
    } finally {
      setImporting(null);
    }
  };
  const searchRef = useRef<HTMLInputElement>(null);
  const filter = { query, status: status || undefined, sort, waitingForMe: waitingForMe || undefined };
  // While typing, a short pause first: one call for the words, not one per letter.
  const { total, loading, error, row, need, reload } = useArticlePages(filter, query ? 150 : 0);

  const profile = useProfile();
  const chooseProfile = useChooseProfile();
  // Writing takes a profile: without one, «Bài viết mới» first asks who is working.
  const create = useCallback(() => (profile ? setChoosing(true) : chooseProfile()), [profile, chooseProfile]);

  // The desktop app's menu and the files it opens (a double-clicked package, a second launch with a .docx).
  useCommands({ 'article.new': create, 'edit.find': () => searchRef.current?.focus() });
  useFileHandler('open', (file) => void (openableKind(file.name) === 'package' ? importPackage(file) : importWord(file)));

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        create();
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [create]);

  const moveToTrash = async (article: ArticleSummary): Promise<void> => {
    try {
      await call('articles.trash', { id: article.id });
      reload();
      toast.show(`Đã chuyển «${article.title || 'Bài chưa có tiêu đề'}» vào thùng rác.`, {
        action: {
          label: 'Hoàn tác',
          run: () => void call('articles.restore', { id: article.id }).then(reload),
        },
      });
    } catch (caught) {
      toast.error(caught);
    }
  };

  return (
    <section
      className="library"
      aria-labelledby="library-title"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        const files = [...event.dataTransfer.files];
        const word = files.find((file) => /\.(docx?|txt)$/i.test(file.name));
        const bundle = files.find((file) => /\.toasoan$/i.test(file.name));
        if (!word && !bundle) return;
        event.preventDefault();
        if (bundle) void importPackage(bundle);
        else if (word) void importWord(word);
      }}
    >
      <div className="view-header">
        <h1 id="library-title">Thư viện bài viết</h1>
        <div className="toolbar-row">
          <FileButton label="Chọn tệp Word (hoặc .txt) để nhập thành bài mới" accept={DOCX_ACCEPT} onFile={(file) => void importWord(file)}>
            Nhập Word…
          </FileButton>
          <FileButton label="Chọn gói bài (.toasoan) để nhận" accept=".toasoan,application/zip" onFile={(file) => void importPackage(file)}>
            Nhận gói bài…
          </FileButton>
          <button type="button" onClick={() => setInbox(true)}>
            Bài chờ duyệt trên cổng
          </button>
          <button type="button" className="primary" onClick={create} title="Ctrl+Alt+N">
            Bài viết mới
          </button>
        </div>
      </div>
      <div className="filters">
        <input
          ref={searchRef}
          type="search"
          className="search"
          aria-label="Tìm bài viết theo tiêu đề và nội dung"
          placeholder="Tìm theo tiêu đề, nội dung… (gõ không dấu cũng được)"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select aria-label="Lọc theo trạng thái" value={status} onChange={(event) => setStatus(event.target.value as ArticleStatus | '')}>
          <option value="">Mọi trạng thái</option>
          {ARTICLE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {ARTICLE_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
        <label className="radio waiting-toggle">
          <input type="checkbox" checked={waitingForMe} onChange={(event) => setWaitingForMe(event.target.checked)} />
          Chờ tôi xử lý
        </label>
        <select aria-label="Sắp xếp" value={sort} onChange={(event) => setSort(event.target.value as typeof sort)}>
          <option value="updated-desc">Sửa gần đây nhất trước</option>
          <option value="updated-asc">Sửa lâu nhất trước</option>
        </select>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}{' '}
          <button type="button" onClick={reload}>
            Thử lại
          </button>
        </p>
      )}
      <SearchIndexing />
      <p className="count" aria-live="polite">
        {loading ? 'Đang tải…' : total === 0 ? '' : `${total.toLocaleString('vi-VN')} bài viết`}
      </p>
      {!loading && total === 0 && !error ? (
        <p className="empty">
          {query || status || waitingForMe ? 'Không tìm thấy bài viết nào khớp với điều kiện lọc.' : 'Chưa có bài viết nào. Bấm «Bài viết mới» để bắt đầu.'}
        </p>
      ) : (
        <ArticleRows total={total} row={row} need={need} onTrash={(article) => void moveToTrash(article)} resetKey={JSON.stringify(filter)} />
      )}
      {importing && (
        <p className="hint" role="status">
          Đang nhập «{importing}»…
        </p>
      )}
      {imported && (
        <ImportReport
          fileName={imported.fileName}
          result={imported.result}
          onClose={() => {
            setImported(null);
            onOpen(imported.result.articleId);
          }}
        />
      )}
      {inbox && (
        <Suspense fallback={null}>
          <PortalInbox
            onClose={() => setInbox(false)}
            onPulled={(id) => {
              setInbox(false);
              toast.show('Đã nhận bài từ cổng cùng ảnh; bài đang chờ duyệt trên máy này.');
              onOpen(id);
            }}
          />
        </Suspense>
      )}
      {choosing && (
        <Suspense fallback={null}>
          <NewArticleDialog
            onClose={() => setChoosing(false)}
            onCreated={(id) => {
              setChoosing(false);
              onOpen(id);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
