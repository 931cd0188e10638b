import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ARTICLE_STATUS_LABELS, type Article, type DocNode } from '../../../shared/article/model';
import { formatTime } from '../../../shared/format/date';
import { countCharacters, countWords } from '../../../shared/text/count';
import { call, errorMessage } from '../api';
import { useToast } from '../components/toast';
import { VersionsPanel } from '../versions/VersionsPanel';
import { Autosave, type SaveState } from './autosave';
import { articleExtensions } from './extensions';
import { LinkDialog } from './LinkDialog';
import { Toolbar } from './Toolbar';

interface Props {
  id: string;
  onNotice: () => void;
}

export function EditorView({ id, onNotice }: Props) {
  const [article, setArticle] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('articles.get', { id })
      .then((loaded) => {
        if (!cancelled) setArticle(loaded);
        onNotice();
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error));
      });
    return () => {
      cancelled = true;
    };
  }, [id, onNotice]);

  if (loadError) {
    return (
      <section className="editor-missing" role="alert">
        <h1>Không mở được bài viết</h1>
        <p>{loadError}</p>
        <a href="#/">← Về thư viện bài viết</a>
      </section>
    );
  }
  if (!article) return <p className="loading">Đang mở bài viết…</p>;
  return <ArticleEditor article={article} />;
}

interface Fields {
  title: string;
  lead: string;
  byline: string;
}

function ArticleEditor({ article }: { article: Article }) {
  const toast = useToast();
  const [fields, setFields] = useState<Fields>({ title: article.title, lead: article.lead, byline: article.byline });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: article.updatedAt });
  const [bodyText, setBodyText] = useState('');
  const [showVersions, setShowVersions] = useState(false);
  const [versionsKey, setVersionsKey] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const fieldsRef = useRef(fields);
  const revision = useRef(article.revision);
  const editorRef = useRef<Editor | null>(null);

  const autosave = useMemo(
    () =>
      new Autosave<{ title: string; lead: string; byline: string; body: DocNode }>({
        read: () => ({ ...fieldsRef.current, body: (editorRef.current?.getJSON() as DocNode | undefined) ?? article.body }),
        persist: async (content, { keepalive }) => {
          const result = await call('articles.save', { id: article.id, baseRevision: revision.current, ...content }, { keepalive });
          revision.current = result.revision;
          if (result.versionCreated) setVersionsKey((key) => key + 1);
          return result;
        },
        onState: setSaveState,
        errorMessage,
      }),
    [article.id, article.body],
  );

  const editor = useEditor({
    extensions: articleExtensions({ placeholder: 'Nội dung bài viết: bắt đầu gõ ở đây…' }),
    content: article.body,
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'prose', 'aria-label': 'Nội dung bài viết', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' },
    },
    onCreate: ({ editor: created }) => setBodyText(created.getText({ blockSeparator: '\n' })),
    onUpdate: ({ editor: updated }) => {
      setBodyText(updated.getText({ blockSeparator: '\n' }));
      autosave.changed();
    },
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  const setField = (name: keyof Fields, value: string): void => {
    fieldsRef.current = { ...fieldsRef.current, [name]: value };
    setFields(fieldsRef.current);
    autosave.changed();
  };

  const saveVersion = useCallback(async () => {
    try {
      await autosave.flush();
      const version = await call('versions.create', { id: article.id });
      setVersionsKey((key) => key + 1);
      toast.show(`Đã lưu phiên bản lúc ${formatTime(version.createdAt)}.`);
    } catch (error) {
      toast.show(errorMessage(error), { tone: 'error' });
    }
  }, [article.id, autosave, toast]);

  // Save on the way out: leaving the page, hiding the window, closing it.
  useEffect(() => {
    const flushKeepalive = (): void => {
      if (autosave.hasUnsavedChanges) void autosave.flush({ keepalive: true });
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flushKeepalive();
    };
    window.addEventListener('pagehide', flushKeepalive);
    window.addEventListener('beforeunload', flushKeepalive);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushKeepalive);
      window.removeEventListener('beforeunload', flushKeepalive);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [autosave]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        void saveVersion();
      } else if (key === 'k' && editorRef.current?.isFocused) {
        event.preventDefault();
        setLinkOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveVersion]);

  const applyRestored = (restored: Article): void => {
    revision.current = restored.revision;
    fieldsRef.current = { title: restored.title, lead: restored.lead, byline: restored.byline };
    setFields(fieldsRef.current);
    editor?.commands.setContent(restored.body, { emitUpdate: false });
    setBodyText(editor?.getText({ blockSeparator: '\n' }) ?? '');
    setSaveState({ kind: 'saved', at: restored.updatedAt });
    setVersionsKey((key) => key + 1);
  };

  const restoreVersion = async (versionId: string, label: string): Promise<void> => {
    try {
      await autosave.flush();
      const result = await call('versions.restore', { id: article.id, versionId });
      applyRestored(result.article);
      toast.show(`Đã khôi phục phiên bản ${label}. Nội dung trước đó được giữ thành một phiên bản.`, {
        action: {
          label: 'Hoàn tác',
          run: () =>
            void call('versions.restore', { id: article.id, versionId: result.savedCurrentAs.id })
              .then((undone) => applyRestored(undone.article))
              .catch((error: unknown) => toast.show(errorMessage(error), { tone: 'error' })),
        },
      });
    } catch (error) {
      toast.show(errorMessage(error), { tone: 'error' });
    }
  };

  const counted = [fields.lead, bodyText].join('\n');
  const words = countWords(counted);
  const characters = countCharacters(counted);

  return (
    <div className={`editor-layout${showVersions ? ' with-panel' : ''}`}>
      <section className="editor" aria-label="Soạn bài viết">
        <div className="editor-header">
          <a href="#/" className="back-link">
            ← Thư viện
          </a>
          <span className={`status status-${article.status}`}>{ARTICLE_STATUS_LABELS[article.status]}</span>
          <SaveIndicator state={saveState} onRetry={() => void autosave.flush()} />
          <div className="spacer" />
          <button type="button" onClick={() => void saveVersion()} aria-keyshortcuts="Control+S" title="Ctrl+S">
            Lưu phiên bản
          </button>
          <button type="button" aria-expanded={showVersions} onClick={() => setShowVersions((value) => !value)}>
            Phiên bản
          </button>
        </div>
        <label className="visually-hidden" htmlFor="article-title">
          Tiêu đề
        </label>
        <textarea
          id="article-title"
          className="title-input"
          rows={1}
          placeholder="Tiêu đề bài viết"
          value={fields.title}
          onChange={(event) => setField('title', event.target.value.replace(/\n/g, ' '))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              document.getElementById('article-lead')?.focus();
            }
          }}
        />
        <label className="field-label" htmlFor="article-lead">
          Sapo
        </label>
        <textarea
          id="article-lead"
          className="lead-input"
          rows={3}
          placeholder="Chiều 29/1, UBND tỉnh tổ chức Hội nghị…"
          value={fields.lead}
          onChange={(event) => setField('lead', event.target.value)}
        />
        {editor && <Toolbar editor={editor} onLink={() => setLinkOpen(true)} />}
        <EditorContent editor={editor} className="body-editor" />
        <label className="field-label" htmlFor="article-byline">
          Tác giả bài viết (dòng ký tên cuối bài)
        </label>
        <input
          id="article-byline"
          className="byline-input"
          placeholder="Tin, ảnh: …"
          value={fields.byline}
          onChange={(event) => setField('byline', event.target.value)}
        />
        <footer className="editor-footer" aria-live="off">
          <span data-testid="word-count">{words.toLocaleString('vi-VN')} từ</span>
          <span data-testid="character-count">{characters.toLocaleString('vi-VN')} ký tự</span>
          <span className="hint">Sapo và thân bài</span>
        </footer>
      </section>
      {showVersions && (
        <VersionsPanel
          key={versionsKey}
          articleId={article.id}
          onRestore={(versionId, label) => void restoreVersion(versionId, label)}
          onClose={() => setShowVersions(false)}
        />
      )}
      {linkOpen && editor && (
        <LinkDialog
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onClose={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
          onApply={(href) => {
            setLinkOpen(false);
            const chain = editor.chain().focus().extendMarkRange('link');
            if (href) chain.setLink({ href }).run();
            else chain.unsetLink().run();
          }}
        />
      )}
    </div>
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'error') {
    return (
      <span className="save-state save-error" role="alert" data-testid="save-state">
        Chưa lưu được: {state.message}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Thử lại ngay
        </button>
      </span>
    );
  }
  const text = state.kind === 'saved' ? `Đã lưu ${formatTime(state.at)}` : state.kind === 'pending' ? 'Đang lưu…' : '';
  return (
    <span className="save-state" role="status" data-testid="save-state">
      {text}
    </span>
  );
}
