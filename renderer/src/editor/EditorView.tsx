import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ARTICLE_STATUS_LABELS, type Article, type DocNode } from '../../../shared/article/model';
import { formatDateTime, formatTime } from '../../../shared/format/date';
import type { Photo } from '../../../shared/media/model';
import type { PlacedFinding } from '../../../shared/style/types';
import type { FieldValues, Template, TemplateBinding } from '../../../shared/templates/model';
import { regenerate, type Conflict } from '../../../shared/templates/regenerate';
import { eventDateOf, renderTemplate } from '../../../shared/templates/render';
import { ApiCallError, call, errorMessage } from '../api';
import { PromptDialog } from '../components/Dialog';
import { useToast } from '../components/toast';
import { valueWithCodes } from '../office/expand-code';
import { useOffice } from '../office/office-context';
import { TemplateFieldsPanel } from '../templates/TemplateFieldsPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { Autosave, type SaveState } from './autosave';
import { CheckPanel } from './CheckPanel';
import { articleExtensions } from './extensions';
import { figureCaptions, syncFigures } from './extensions/figure/sync';
import { textBlocks } from './extensions/style-check/style-check';
import { PhotoPicker } from './PhotoPicker';
import { CommentHighlights, commentHighlightsKey, findQuote, highlightDecorations } from './extensions/comment-highlights';
import { availableActions, editReopens, ACTION_LABELS, type WorkflowAction } from '../../../shared/workflow/machine';
import type { Comment } from '../../../shared/workflow/model';
import type { ArticleStatus } from '../../../shared/article/status';
import { useChooseProfile, useProfile } from '../workflow/profile-context';
import { ReviewPanel } from '../workflow/ReviewPanel';
import { PortalPreview } from '../workflow/PortalPreview';
import { SendToPortalDialog } from '../workflow/SendToPortalDialog';
import { LegacyText } from './extensions/legacy-text';
import { TextSelection } from '@tiptap/pm/state';
import { EditorBanners } from './EditorBanners';
import { EditorFooter } from './EditorFooter';
import { EditorHeader, type Panel } from './EditorHeader';
import { useStyleCheck } from './hooks/useStyleCheck';
import { WorkflowBar } from './WorkflowBar';
import { LinkDialog } from './dialogs/LinkDialog';
import { ScheduleDialog } from './dialogs/ScheduleDialog';
import { SubmitProblemsDialog } from './dialogs/SubmitProblemsDialog';
import { useChangedElsewhere } from './hooks/useChangedElsewhere';
import { usePublishJob } from './hooks/usePublishJob';
import { locateFinding } from '../../../shared/style/locate';
import { useCommands, useFileHandler } from '../desktop/commands';
import { navigate } from '../route';
import { ExportDialog } from '../files/ExportDialog';
import { ImportReport, importDocx, importErrorMessage, type DocxImportResult } from '../files/DocxImport';
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


const TEMPLATE_DELAY_MS = 300;

function ArticleEditor({ article }: { article: Article }) {
  const toast = useToast();
  const { office, settings, refresh } = useOffice();
  const [fields, setFields] = useState<Fields>({ title: article.title, lead: article.lead, byline: article.byline });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: article.updatedAt });
  const [panel, setPanel] = useState<Panel>(article.template && article.revision === 0 ? 'template' : null);
  const [versionsKey, setVersionsKey] = useState(0);
  // The words a link goes on, kept when the dialog opens: while it has the focus, the editor's own
  // selection can be reset by the browser, and the link must still land on what was selected.
  const [linkRange, setLinkRange] = useState<{ from: number; to: number } | null>(null);
  const linkOpen = linkRange !== null;
  const openLink = useCallback(() => {
    const current = editorRef.current;
    if (!current) return;
    const { from, to } = current.state.selection;
    setLinkRange({ from, to });
  }, []);
  const [savingAsTemplate, setSavingAsTemplate] = useState(false);
  const [binding, setBinding] = useState<TemplateBinding | null>(article.template ?? null);
  const [template, setTemplate] = useState<Template | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const profile = useProfile();
  const chooseProfile = useChooseProfile();
  const [status, setStatus] = useState<ArticleStatus>(article.status);
  const statusRef = useRef(status);
  useEffect(() => {
    statusRef.current = status;
  }, [status]);
  const [reviewKey, setReviewKey] = useState(0);
  const [selectionText, setSelectionText] = useState('');
  const [askingNote, setAskingNote] = useState<WorkflowAction | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const [categories, setCategories] = useState((article.categories ?? []).join(', '));
  const [tags, setTags] = useState((article.tags ?? []).join(', '));
  const tagsRef = useRef(article.tags ?? []);
  const [viewOnly, setViewOnly] = useState(false);
  /** The stored body has something the editor cannot show (TipTap's content check): shown read-only, never saved over. */
  const [bodyProblem, setBodyProblem] = useState(false);
  const bodyBroken = useRef(false);
  // Without a chosen profile nothing can be saved: the article is shown, not edited (the bar says why).
  const readOnly = viewOnly || !profile || bodyProblem;
  const [scheduling, setScheduling] = useState(false);
  const [sending, setSending] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [previewing, setPreviewing] = useState<{ body: DocNode; coverId: string | null } | null>(null);
  const categoriesRef = useRef(article.categories ?? []);
  const fieldsRef = useRef(fields);
  const bindingRef = useRef(binding);
  const revision = useRef(article.revision);
  const editorRef = useRef<Editor | null>(null);
  const officeRef = useRef(office);
  const panelRef = useRef(panel);
  const templateTimer = useRef<number | null>(null);
  const photosRef = useRef(new Map<string, Photo>());
  const [photos, setPhotos] = useState<Photo[]>([]);
  const captionTimer = useRef<number | null>(null);

  useEffect(() => {
    officeRef.current = office;
    panelRef.current = panel;
  }, [office, panel]);

  const autosave = useMemo(
    () =>
      new Autosave<{ title: string; lead: string; byline: string; body: DocNode; template: TemplateBinding | null; categories: string[]; tags: string[] }>({
        read: () => ({
          ...fieldsRef.current,
          // A body the editor could not load is never replaced by what it shows (the part it could not show is missing).
          body: bodyBroken.current ? article.body : ((editorRef.current?.getJSON() as DocNode | undefined) ?? article.body),
          template: bindingRef.current,
          categories: categoriesRef.current,
          tags: tagsRef.current,
        }),
        persist: async (content, { keepalive }) => {
          const result = await call('articles.save', { id: article.id, baseRevision: revision.current, ...content }, { keepalive });
          revision.current = result.revision;
          if (editReopens(statusRef.current) && !editReopens(result.status)) {
            toastRef.current.show(`Bài đã quay lại «${ARTICLE_STATUS_LABELS[result.status]}» vì nội dung được sửa sau khi duyệt.`);
          }
          setStatus(result.status);
          if (result.versionCreated) setVersionsKey((key) => key + 1);
          return result;
        },
        onState: setSaveState,
        errorMessage,
      }),
    [article.id, article.body],
  );

  const scheduleCaptionPushRef = useRef<() => void>(() => undefined);
  // The checker is set up once the editor exists (useStyleCheck below); typing asks for a check through this.
  const scheduleCheckRef = useRef<() => void>(() => undefined);

  const insertWordRef = useRef<(file: File) => Promise<void>>(async () => undefined);
  const toastRef = useRef(toast);
  useEffect(() => {
    toastRef.current = toast;
  }, [toast]);
  const editor = useEditor({
    extensions: [
      ...articleExtensions({
      placeholder: 'Nội dung bài viết: bắt đầu gõ ở đây… (gõ @ và vài chữ của tên để chèn người trong danh bạ)',
      aids: {
        officials: () => officeRef.current?.officials ?? [],
        code: (code) => officeRef.current?.codes.find((entry) => entry.code === code)?.text,
      },
      }),
      CommentHighlights,
      LegacyText.configure({ onConverted: (message) => toastRef.current.show(message) }),
    ],
    content: article.body,
    onSelectionUpdate: ({ editor: current }) => {
      if (panelRef.current !== 'review') return;
      const { from, to } = current.state.selection;
      setSelectionText(current.state.doc.textBetween(from, to, ' ', ' '));
    },
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'prose', 'aria-label': 'Nội dung bài viết', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' },
      // A click on an underlined word opens the findings, where the fix is one more click.
      handleClick: (_view, _pos, event) => {
        if ((event.target as HTMLElement | null)?.closest('.style-issue')) setPanel('check');
        return false;
      },
      // A Word (or text) file dropped in the text goes in where it was dropped.
      handleDrop: (view, event) => {
        const file = [...(event.dataTransfer?.files ?? [])].find((item) => /\.(docx?|txt)$/i.test(item.name));
        if (!file || !view.editable) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        if (at) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(at.pos))));
        void insertWordRef.current(file);
        return true;
      },
    },
    onCreate: ({ editor: created }) => {
      // The stored body checked against the editor's schema (TipTap's content check, on the stored JSON only:
      // later insertions stay lenient). A body it cannot show whole is shown read-only and never saved over.
      try {
        created.schema.nodeFromJSON(article.body).check();
      } catch {
        bodyBroken.current = true;
        setBodyProblem(true);
      }
    },
    onUpdate: () => {
      if (bodyBroken.current) return;
      autosave.changed();
      scheduleCheckRef.current();
      scheduleCaptionPushRef.current();
    },
  });
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  useEffect(() => {
    // No update event: switching to reading is not an edit.
    if (editor && !editor.isDestroyed && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // The article's publishing job, followed by the services' events (no polling); a finished one brings the new status.
  const [job, setJob] = usePublishJob(article.id, (fresh) => {
    setStatus(fresh.status);
    revision.current = fresh.revision;
    setReviewKey((key) => key + 1);
  });
  // Saved elsewhere (another window, a package, a pull): said, never overwritten without the person choosing.
  const changedElsewhere = useChangedElsewhere(article.id, {
    flush: () => autosave.flush(),
    revision: () => revision.current,
    mine: () => ({ ...fieldsRef.current, body: editorRef.current?.getJSON() }),
    adopt: (fresh) => {
      revision.current = fresh.revision;
      setStatus(fresh.status);
    },
  });

  // ---- photos: the figures and the photo desk share one caption ------------------------------------

  const loadPhotos = useCallback(async () => {
    const list = await call('photos.list', { articleId: article.id });
    photosRef.current = new Map(list.photos.map((photo) => [photo.id, photo]));
    setPhotos(list.photos);
    const current = editorRef.current;
    if (!current || current.isDestroyed) return;
    const synced = syncFigures(current.state.doc, current.state.tr, photosRef.current);
    if (synced) {
      current.view.dispatch(synced.setMeta('addToHistory', false));
      autosave.changed();
    }
  }, [article.id, autosave]);

  useEffect(() => {
    if (!editor) return;
    loadPhotos().catch(() => undefined);
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') loadPhotos().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [editor, loadPhotos]);

  useEffect(() => {
    scheduleCaptionPushRef.current = () => {
      if (captionTimer.current !== null) window.clearTimeout(captionTimer.current);
      captionTimer.current = window.setTimeout(() => {
        const current = editorRef.current;
        if (!current) return;
        for (const { photoId, caption } of figureCaptions(current.state.doc)) {
          const photo = photosRef.current.get(photoId);
          if (!photo || photo.caption === caption.trim()) continue;
          photosRef.current.set(photoId, { ...photo, caption: caption.trim() });
          call('photos.update', { articleId: article.id, photoIds: [photoId], edit: { caption } })
            .then(([updated]) => {
              photosRef.current.set(updated.id, updated);
              setPhotos([...photosRef.current.values()]);
            })
            .catch((error: unknown) => toast.error(error));
        }
      }, 800);
    };
  }, [article.id, toast]);

  // ---- the style checker ---------------------------------------------------------------------

  const eventDateKey = template && binding ? JSON.stringify(eventDateOf(template, binding.values)) : 'null';
  const { findings, latestFindings, scheduleCheck } = useStyleCheck({ editor, fields: () => fieldsRef.current, panel, office, settings, eventDateKey });
  useEffect(() => {
    scheduleCheckRef.current = scheduleCheck;
  }, [scheduleCheck]);

  // ---- fields, template -----------------------------------------------------------------------

  const setField = (name: keyof Fields, value: string): void => {
    fieldsRef.current = { ...fieldsRef.current, [name]: value };
    setFields(fieldsRef.current);
    autosave.changed();
    scheduleCheck();
  };

  useEffect(() => {
    if (!binding?.templateId) return;
    let cancelled = false;
    call('templates.get', { id: binding.templateId })
      .then((loaded) => !cancelled && setTemplate(loaded))
      .catch(() => !cancelled && setTemplate(null));
    return () => {
      cancelled = true;
    };
  }, [binding?.templateId]);

  const applyValues = useCallback(
    (values: FieldValues, accept: ReadonlySet<string> = new Set()) => {
      const current = editorRef.current;
      const bound = bindingRef.current;
      if (!current || !bound || !template) return;
      const result = regenerate({ ...fieldsRef.current, body: current.getJSON() as DocNode }, bound.generated, renderTemplate(template, values), accept);
      fieldsRef.current = { title: result.title, lead: result.lead, byline: result.byline };
      setFields(fieldsRef.current);
      if (JSON.stringify(result.body) !== JSON.stringify(current.getJSON())) {
        current.commands.setContent(result.body, { emitUpdate: false });
      }
      bindingRef.current = { ...bound, values, generated: result.generated };
      setBinding(bindingRef.current);
      setConflicts(result.conflicts);
      autosave.changed();
      scheduleCheck();
    },
    [autosave, scheduleCheck, template],
  );

  const changeValues = (values: FieldValues): void => {
    if (!bindingRef.current) return;
    bindingRef.current = { ...bindingRef.current, values };
    setBinding(bindingRef.current);
    if (templateTimer.current !== null) window.clearTimeout(templateTimer.current);
    templateTimer.current = window.setTimeout(() => applyValues(values), TEMPLATE_DELAY_MS);
  };

  // ---- fixes ------------------------------------------------------------------------------------

  const applyFixes = (requested: PlacedFinding[]): void => {
    const current = editorRef.current;
    if (!current) return;
    // The findings as of the last check: the list on screen may be a few keystrokes old.
    const chosen = requested.map(
      (finding) =>
        latestFindings().find(
          (latest) => latest.rule === finding.rule && latest.field === finding.field && latest.block === finding.block && latest.text === finding.text && latest.start >= finding.start - 2 && latest.start <= finding.start + 2,
        ) ?? finding,
    );
    const blocks = textBlocks(current.state.doc);
    const transaction = current.state.tr;
    const body = chosen.filter((finding) => finding.field === 'body' && finding.suggestion !== null);
    // From the end backwards, so earlier positions stay valid.
    body.sort((a, b) => b.block - a.block || b.start - a.start);
    for (const finding of body) {
      const block = blocks[finding.block];
      // Where the text is now: a fix clicked right after another in the same paragraph finds it moved.
      const place = block ? locateFinding(block.text, finding) : null;
      if (!block || !place) continue;
      const from = block.from + place.start;
      const to = block.from + place.end;
      if (finding.suggestion) transaction.insertText(finding.suggestion, from, to);
      else transaction.delete(from, to);
    }
    if (transaction.docChanged) current.view.dispatch(transaction);
    const next = { ...fieldsRef.current };
    for (const name of ['title', 'lead', 'byline'] as const) {
      const own = chosen.filter((finding) => finding.field === name && finding.suggestion !== null).sort((a, b) => b.start - a.start);
      for (const finding of own) {
        const place = locateFinding(next[name], finding);
        if (place) next[name] = next[name].slice(0, place.start) + (finding.suggestion ?? '') + next[name].slice(place.end);
      }
    }
    if (JSON.stringify(next) !== JSON.stringify(fieldsRef.current)) {
      fieldsRef.current = next;
      setFields(next);
      autosave.changed();
    }
    scheduleCheck();
  };

  const showFinding = (finding: PlacedFinding): void => {
    const current = editorRef.current;
    if (finding.field === 'body' && current) {
      const block = textBlocks(current.state.doc)[finding.block];
      if (block) current.chain().focus().setTextSelection({ from: block.from + finding.start, to: block.from + finding.end }).scrollIntoView().run();
      return;
    }
    const input = document.getElementById(`article-${finding.field}`) as HTMLInputElement | HTMLTextAreaElement | null;
    input?.focus();
    input?.setSelectionRange(finding.start, finding.end);
  };

  const addAbbreviation = async (abbr: string): Promise<void> => {
    if (!office) return;
    try {
      await call('office.saveAbbreviations', { entries: [...office.abbreviations, { abbr, expansion: '' }] });
      await refresh();
      toast.show(`Đã thêm «${abbr}» vào từ điển viết tắt.`);
    } catch (error) {
      toast.error(error);
    }
  };

  // ---- versions, shortcuts, leaving ----------------------------------------------------------------

  const saveVersion = useCallback(async () => {
    try {
      await autosave.flush();
      const version = await call('versions.create', { id: article.id });
      setVersionsKey((key) => key + 1);
      toast.show(`Đã lưu phiên bản lúc ${formatTime(version.createdAt)}.`);
    } catch (error) {
      toast.error(error);
    }
  }, [article.id, autosave, toast]);

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
        openLink();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveVersion, openLink]);

  const applyRestored = (restored: Article): void => {
    revision.current = restored.revision;
    fieldsRef.current = { title: restored.title, lead: restored.lead, byline: restored.byline };
    setFields(fieldsRef.current);
    editor?.commands.setContent(restored.body, { emitUpdate: false });
    setSaveState({ kind: 'saved', at: restored.updatedAt });
    setVersionsKey((key) => key + 1);
    scheduleCheck();
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
              .catch((error: unknown) => toast.error(error)),
        },
      });
    } catch (error) {
      toast.error(error);
    }
  };

  const actions = profile ? availableActions(status, profile.roles) : [];
  const transition = async (action: WorkflowAction, note = ''): Promise<void> => {
    if (action === 'publish') {
      await publish();
      return;
    }
    try {
      await autosave.flush();
      const moved = await call('workflow.transition', { id: article.id, action, expected: status, note });
      revision.current = moved.revision;
      setStatus(moved.status);
      setReviewKey((key) => key + 1);
      toast.show(`${ACTION_LABELS[action]}: xong. Bài đang ở trạng thái «${ARTICLE_STATUS_LABELS[moved.status]}».`);
    } catch (error) {
      const problems = error instanceof ApiCallError ? error.details.problems : undefined;
      if (problems?.length) setProblems(problems.map((problem) => problem.message));
      else toast.error(error);
    }
  };
  const publish = async (at?: number): Promise<void> => {
    try {
      await autosave.flush();
      const portals = await call('portals.list', {});
      if (portals.length === 0) {
        toast.show('Chưa cài đặt cổng: vào «Cài đặt» → Cổng thông tin.', { tone: 'error' });
        return;
      }
      setJob(await call('publish.start', { id: article.id, portalId: portals[0].id, ...(at ? { at } : {}) }));
      toast.show(
        at
          ? `Đã đưa vào hàng đợi: cổng «${portals[0].name}» sẽ tự đăng bài lúc ${formatDateTime(at)}.`
          : `Đã đưa vào hàng đợi đăng lên «${portals[0].name}»; bài sẽ lên cổng ngay khi kết nối được.`,
      );
    } catch (error) {
      toast.error(error);
    }
  };
  const showComments = useCallback((comments: Comment[]) => {
    const current = editorRef.current;
    if (!current || current.isDestroyed) return;
    const quotes = comments.filter((comment) => !comment.resolved && comment.quote).map((comment) => comment.quote);
    current.view.dispatch(current.state.tr.setMeta(commentHighlightsKey, highlightDecorations(current.state.doc, quotes)).setMeta('addToHistory', false));
  }, []);
  const showQuote = (quote: string): void => {
    const current = editorRef.current;
    const place = current ? findQuote(current.state.doc, quote) : null;
    if (current && place) current.chain().focus().setTextSelection(place).scrollIntoView().run();
    else toast.show('Đoạn này đã được sửa nên không còn trong bài.');
  };

  const codeText = (code: string): string | undefined => office?.codes.find((entry) => entry.code === code)?.text;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const [wordReport, setWordReport] = useState<{ fileName: string; result: DocxImportResult } | null>(null);
  const insertWord = async (file: File): Promise<void> => {
    const current = editorRef.current;
    if (!current) return;
    toast.show(`Đang nhập «${file.name}»…`);
    try {
      const result = await importDocx(file, article.id);
      current.chain().focus().insertContent(result.html ?? '').run();
      const list = await call('photos.list', { articleId: article.id });
      photosRef.current = new Map(list.photos.map((photo) => [photo.id, photo]));
      setPhotos(list.photos);
      if (result.report.length > 0) setWordReport({ fileName: file.name, result });
      else toast.show(`Đã chèn nội dung «${file.name}»${result.photos ? ` cùng ${result.photos} ảnh` : ''}.`);
    } catch (caught) {
      toast.show(importErrorMessage(caught), { tone: 'error' });
    }
  };
  useEffect(() => {
    insertWordRef.current = insertWord;
  });
  const convertLegacy = (): void => {
    if (!editor || editor.chain().focus().convertLegacy().run()) return;
    toast.show('Không nhận ra chữ TCVN3 hay VNI trong ' + (editor.state.selection.empty ? 'bài' : 'đoạn chọn') + '. Nếu chắc là chữ gõ bằng phông .VnTime, có thể chuyển ép.', {
      action: { label: 'Chuyển từ TCVN3', run: () => editor.chain().focus().convertLegacy('tcvn3').run() },
    });
  };
  const togglePanel = (next: Exclude<Panel, null>): void => setPanel((value) => (value === next ? null : next));

  // The desktop app's menu: the same commands as the buttons and shortcuts here.
  useCommands({
    'article.saveVersion': () => void saveVersion(),
    'article.versions': () => setPanel('versions'),
    'article.photos': () => navigate({ view: 'photos', id: article.id }),
    'article.export': () => setExporting(true),
    'article.print': () => navigate({ view: 'print', id: article.id }),
    'article.convertLegacy': () => {
      if (!readOnly) convertLegacy();
    },
  });
  useFileHandler('insert', (file) => {
    if (readOnly) toast.show('Bài đang ở chế độ chỉ xem.');
    else void insertWord(file);
  });

  return (
    <div className={`editor-layout${panel ? ' with-panel' : ''}`}>
      <section className="editor" aria-label="Soạn bài viết">
        {/* The screen's one level-one heading, for those who move by headings (the title itself is a text field). */}
        <h1 className="visually-hidden">Soạn bài: {fields.title || 'bài chưa có tiêu đề'}</h1>
        <EditorHeader
          status={status}
          saveState={saveState}
          onRetrySave={() => void autosave.flush()}
          panel={panel}
          onTogglePanel={togglePanel}
          hasTemplate={binding !== null}
          findings={findings.length}
          errors={errors}
          photoDeskHref={`#/bai-viet/${article.id}/anh`}
          onPreview={() =>
            void call('photos.list', { articleId: article.id })
              .then((list) => {
                photosRef.current = new Map(list.photos.map((photo) => [photo.id, photo]));
                setPhotos(list.photos);
                setPreviewing({ body: (editorRef.current?.getJSON() as DocNode | undefined) ?? article.body, coverId: list.coverId });
              })
              .catch((error: unknown) => toast.error(error))
          }
          readOnly={readOnly}
          onSaveVersion={() => void saveVersion()}
          onInsertWord={(file) => void insertWord(file)}
          onExport={() => setExporting(true)}
          onSaveAsTemplate={() => setSavingAsTemplate(true)}
          onToggleViewOnly={() => setViewOnly((value) => !value)}
        />
        <EditorBanners status={status} readOnly={readOnly} changedElsewhere={changedElsewhere} bodyProblem={bodyProblem} />
        <WorkflowBar
          hasProfile={profile !== null}
          actions={actions}
          job={job}
          onChooseProfile={chooseProfile}
          onAction={(action) => (action === 'requestChanges' ? setAskingNote(action) : action === 'schedule' ? setScheduling(true) : void transition(action))}
          onSend={() => setSending(true)}
          onRetry={(overwrite) => job && void call('publish.retry', { jobId: job.id, overwrite }).then(setJob)}
        />
        <label className="visually-hidden" htmlFor="article-title">
          Tiêu đề
        </label>
        <textarea
          id="article-title"
          readOnly={readOnly}
          className="title-input"
          rows={1}
          placeholder="Tiêu đề bài viết"
          value={fields.title}
          onChange={(event) => setField('title', valueWithCodes(event.target, codeText).replace(/\n/g, ' '))}
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
          readOnly={readOnly}
          className="lead-input"
          rows={3}
          placeholder="Đoạn mở đầu in đậm: thời gian, nơi, sự kiện (ví dụ «Chiều 29/1, …»)"
          value={fields.lead}
          onChange={(event) => setField('lead', valueWithCodes(event.target, codeText))}
        />
        {editor && !readOnly && <Toolbar editor={editor} onLink={openLink} onConvertLegacy={convertLegacy} />}
        <EditorContent editor={editor} className="body-editor" />
        <label className="field-label" htmlFor="article-byline">
          Tác giả bài viết (dòng ký tên cuối bài)
        </label>
        <input
          id="article-byline"
          readOnly={readOnly}
          className="byline-input"
          placeholder="Tên người viết, người chụp ảnh"
          value={fields.byline}
          onChange={(event) => setField('byline', valueWithCodes(event.target, codeText))}
        />
        <label className="field-label" htmlFor="article-categories">
          Chuyên mục (cách nhau bởi dấu phẩy)
        </label>
        <input
          id="article-categories"
          readOnly={readOnly}
          className="categories-input"
          list="category-suggestions"
          placeholder="Chọn chuyên mục trên cổng (ví dụ: Tin hoạt động)"
          value={categories}
          onChange={(event) => {
            setCategories(event.target.value);
            categoriesRef.current = event.target.value.split(',').map((item) => item.trim()).filter(Boolean);
            autosave.changed();
          }}
        />
        <label className="field-label" htmlFor="article-tags">
          Thẻ, từ khóa trên cổng (cách nhau bởi dấu phẩy)
        </label>
        <input
          id="article-tags"
          readOnly={readOnly}
          className="categories-input"
          placeholder="Không bắt buộc (ví dụ: HĐND tỉnh, tiếp xúc cử tri)"
          value={tags}
          onChange={(event) => {
            setTags(event.target.value);
            tagsRef.current = event.target.value.split(',').map((item) => item.trim()).filter(Boolean);
            autosave.changed();
          }}
        />
        <datalist id="category-suggestions">
          {['Tin hoạt động', 'Chính trị', 'Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Chỉ đạo điều hành', 'Hội đồng nhân dân'].map((item) => (
            <option key={item} value={item} />
          ))}
        </datalist>
        <EditorFooter editor={editor} lead={fields.lead} />
      </section>
      {panel === 'versions' && (
        <VersionsPanel key={versionsKey} articleId={article.id} onRestore={(versionId, label) => void restoreVersion(versionId, label)} onClose={() => setPanel(null)} />
      )}
      {panel === 'check' && (
        <CheckPanel
          findings={findings}
          photosWithoutAlt={editor ? figureCaptions(editor.state.doc).filter(({ photoId }) => !photosRef.current.get(photoId)?.alt).length : 0}
          photoDeskHref={`#/bai-viet/${article.id}/anh`}
          checkingWhileTyping={settings?.checkWhileTyping ?? true}
          onFix={(finding) => applyFixes([finding])}
          onFixTone={() => applyFixes(findings.filter((finding) => finding.rule === 'tone-style'))}
          onShow={showFinding}
          onAddAbbreviation={(abbr) => void addAbbreviation(abbr)}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'review' && (
        <ReviewPanel
          articleId={article.id}
          refreshKey={reviewKey}
          selection={selectionText}
          onComments={showComments}
          onShowQuote={showQuote}
          onClose={() => setPanel(null)}
        />
      )}
      {askingNote && (
        <PromptDialog
          title={ACTION_LABELS[askingNote]}
          label="Cần sửa gì (phóng viên sẽ thấy ghi chú này)"
          initial=""
          confirmLabel={ACTION_LABELS[askingNote]}
          validate={(note) => (note.trim() ? null : 'Hãy ghi rõ cần sửa gì.')}
          onClose={() => setAskingNote(null)}
          onSubmit={async (note) => {
            const action = askingNote;
            setAskingNote(null);
            await transition(action, note);
          }}
        />
      )}
      {wordReport && <ImportReport fileName={wordReport.fileName} result={wordReport.result} onClose={() => setWordReport(null)} />}
      {exporting && (
        <ExportDialog
          articleId={article.id}
          beforeExport={() => autosave.flush()}
          onClose={() => setExporting(false)}
          onDone={(message) => {
            setExporting(false);
            toast.show(message);
          }}
        />
      )}
      {sending && (
        <SendToPortalDialog
          articleId={article.id}
          beforeSend={() => autosave.flush()}
          onClose={() => setSending(false)}
          onSent={(sent, text) => {
            setSending(false);
            setJob(sent);
            toast.show(text);
          }}
        />
      )}
      {scheduling && (
        <ScheduleDialog
          onClose={() => setScheduling(false)}
          onSchedule={async (at) => {
            setScheduling(false);
            await publish(at);
          }}
        />
      )}
      {previewing && (
        <PortalPreview
          article={{ ...fields, categories: categoriesRef.current, body: previewing.body }}
          photos={photos}
          coverId={previewing.coverId}
          onClose={() => setPreviewing(null)}
        />
      )}
      {problems && <SubmitProblemsDialog problems={problems} onClose={() => setProblems(null)} />}
      {panel === 'photos' && (
        <PhotoPicker
          articleId={article.id}
          photos={photos}
          editor={editor}
          onInsert={(photo) => editor?.chain().focus().insertPhoto(photo).run()}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === 'template' && binding && (
        <TemplateFieldsPanel
          template={template}
          templateName={binding.templateName}
          values={binding.values}
          officials={office?.officials ?? []}
          codeText={codeText}
          conflicts={conflicts}
          onChange={changeValues}
          onResolve={(conflict, replace) => {
            if (replace) applyValues(binding.values, new Set([conflict.part]));
            else setConflicts((list) => list.filter((item) => item.part !== conflict.part));
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {linkOpen && editor && linkRange && <LinkDialog editor={editor} range={linkRange} onDone={() => setLinkRange(null)} />}
      {savingAsTemplate && (
        <PromptDialog
          title="Lưu bài thành mẫu"
          label="Tên mẫu"
          initial={fields.title}
          confirmLabel="Lưu mẫu"
          validate={(name) => (name.trim() ? null : 'Hãy đặt tên cho mẫu.')}
          onClose={() => setSavingAsTemplate(false)}
          onSubmit={async (name) => {
            await autosave.flush();
            const created = await call('templates.fromArticle', { id: article.id, name: name.trim() });
            setSavingAsTemplate(false);
            toast.show(`Đã lưu mẫu «${created.name}». Vào «Mẫu bài» để thêm trường dữ liệu.`);
          }}
        />
      )}
    </div>
  );
}

