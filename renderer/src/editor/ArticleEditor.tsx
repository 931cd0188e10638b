import { EditorContent, type Editor } from '@tiptap/react';
import { useReducer, useState } from 'react';
import type { Article } from '../../../shared/article/model';
import { ImportReport } from '../files/DocxImport';
import { useChooseProfile, useProfile } from '../workflow/profile-context';
import { ArticleFields, ArticleHeading } from './ArticleFields';
import { LinkDialog } from './dialogs/LinkDialog';
import { SubmitProblemsDialog } from './dialogs/SubmitProblemsDialog';
import { EditorBanners } from './EditorBanners';
import { EditorDialogs, type EditorDialog } from './EditorDialogs';
import { EditorFooter } from './EditorFooter';
import { EditorHeader, type Panel } from './EditorHeader';
import { EditorPanels } from './EditorPanels';
import { useArticleDraft, useDraftValue } from './hooks/useArticleDraft';
import { useAutosave } from './hooks/useAutosave';
import { useBodyEditor } from './hooks/useBodyEditor';
import { useChangedElsewhere } from './hooks/useChangedElsewhere';
import { useEditorShortcuts } from './hooks/useEditorShortcuts';
import { useFigurePhotos } from './hooks/useFigurePhotos';
import { useFindingActions } from './hooks/useFindingActions';
import { useLinkDialog } from './hooks/useLinkDialog';
import { useSpellingMenu } from './hooks/useSpellingMenu';
import { useStyleCheck } from './hooks/useStyleCheck';
import { useTemplateBinding } from './hooks/useTemplateBinding';
import { useVersions } from './hooks/useVersions';
import { useWordInsert } from './hooks/useWordInsert';
import { useWorkflowActions } from './hooks/useWorkflowActions';
import { SpellingMenu } from './SpellingMenu';
import { Toolbar } from './Toolbar';
import { WorkflowBar } from './WorkflowBar';
import { useToast } from '../components/toast';

/** Whether a stored body is what the editor shows (as documents; a body it cannot read is not the same). */
function sameDocument(editor: Editor | null, stored: Article['body']): boolean {
  if (!editor || editor.isDestroyed) return false;
  try {
    return editor.schema.nodeFromJSON(stored).eq(editor.state.doc);
  } catch {
    return false;
  }
}

/**
 * The article being written: layout only. Each concern is a hook beside it (hooks/), each part of the screen a
 * component; the draft (draft/article-draft.ts) is the one owner of the fields, the revision and the status, and
 * the autosave, the checker and the caption sync follow its changes. Typing in the body re-renders none of this.
 */
export function ArticleEditor({ article }: { article: Article }) {
  const toast = useToast();
  const profile = useProfile();
  const chooseProfile = useChooseProfile();
  const draft = useArticleDraft(article);
  // Only what this layout shows: the status and the template binding (not the revision, which every save changes).
  const status = useDraftValue(draft, (state) => state.status);
  const binding = useDraftValue(draft, (state) => state.binding);
  const [panel, setPanel] = useState<Panel>(article.template && article.revision === 0 ? 'template' : null);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const [viewOnly, toggleViewOnly] = useReducer((value: boolean) => !value, false);
  const [versionsKey, versionsChanged] = useReducer((key: number) => key + 1, 0);

  const { editor, bodyProblem, readOnly, body, doc } = useBodyEditor({
    article,
    draft,
    // Without a chosen profile nothing can be saved: the article is shown, not edited (the bar says why).
    readOnly: viewOnly || !profile,
    onFindingClick: () => setPanel('check'),
    onDropFile: (file) => void words.insert(file),
  });
  const autosave = useAutosave({ articleId: article.id, draft, body, doc, savedAt: article.updatedAt, onVersionCreated: versionsChanged });
  const photos = useFigurePhotos(article.id, editor, draft);
  const words = useWordInsert(article.id, editor, photos.reload);
  const template = useTemplateBinding(draft, editor, binding?.templateId ?? null);
  const { findings, latestFindings } = useStyleCheck({ editor, draft, panel, template: template.template, binding });
  const fixes = useFindingActions(editor, draft, latestFindings);
  const spellingMenu = useSpellingMenu(editor, latestFindings);
  const workflow = useWorkflowActions(article.id, draft, autosave);
  const versions = useVersions({ articleId: article.id, draft, editor, autosave, markSaved: (at) => autosave.markSaved(at), onChanged: versionsChanged });
  const link = useLinkDialog(editor);
  // Saved elsewhere (another window, a package, a pull): said, never overwritten without the person choosing.
  const changedElsewhere = useChangedElsewhere(article.id, {
    flush: () => autosave.flush(),
    revision: () => draft.current.revision,
    mine: () => draft.current.fields,
    sameBody: (stored) => sameDocument(editor, stored),
    adopt: (fresh) => draft.adopt(fresh),
  });
  useEditorShortcuts({
    articleId: article.id,
    editor,
    readOnly,
    saveVersion: () => void versions.save(),
    openLink: link.open,
    showVersions: () => setPanel('versions'),
    exportArticle: () => setDialog({ kind: 'export' }),
    convertLegacy: words.convertLegacy,
    insertWord: (file) => void words.insert(file),
  });

  const preview = (): void => {
    photos
      .reload()
      .then((list) => setDialog({ kind: 'preview', body: (editor?.getJSON() as Article['body'] | undefined) ?? article.body, coverId: list.coverId, photos: list.photos }))
      .catch((error: unknown) => toast.error(error));
  };

  return (
    <div className={`editor-layout${panel ? ' with-panel' : ''}`}>
      <section className="editor" aria-label="Soạn bài viết">
        <ArticleHeading draft={draft} />
        <EditorHeader
          status={status}
          draft={draft}
          job={workflow.job}
          saves={autosave}
          onRetrySave={() => void autosave.flush()}
          panel={panel}
          onTogglePanel={(next) => setPanel((value) => (value === next ? null : next))}
          hasTemplate={binding !== null}
          findings={findings}
          photoDeskHref={`#/bai-viet/${article.id}/anh`}
          onPreview={preview}
          readOnly={readOnly}
          onSaveVersion={() => void versions.save()}
          onInsertWord={(file) => void words.insert(file)}
          onExport={() => setDialog({ kind: 'export' })}
          onSaveAsTemplate={() => setDialog({ kind: 'saveAsTemplate' })}
          onToggleViewOnly={toggleViewOnly}
        />
        <EditorBanners status={status} readOnly={readOnly} changedElsewhere={changedElsewhere} bodyProblem={bodyProblem} />
        <WorkflowBar
          hasProfile={profile !== null}
          actions={workflow.actions}
          job={workflow.job}
          onChooseProfile={chooseProfile}
          onAction={(action) =>
            action === 'requestChanges' ? setDialog({ kind: 'requestChanges', action }) : action === 'schedule' ? setDialog({ kind: 'schedule' }) : void workflow.run(action)
          }
          onSend={() => setDialog({ kind: 'send' })}
          onRetry={workflow.retry}
        />
        <ArticleFields draft={draft} readOnly={readOnly} findings={findings}>
          {editor && !readOnly && <Toolbar editor={editor} onLink={link.open} onConvertLegacy={words.convertLegacy} />}
          <EditorContent editor={editor} className="body-editor" />
        </ArticleFields>
        <EditorFooter editor={editor} draft={draft} />
      </section>
      <EditorPanels
        panel={panel}
        onClose={() => setPanel(null)}
        articleId={article.id}
        editor={editor}
        readOnly={readOnly}
        draft={draft}
        versions={{ key: versionsKey, restore: (versionId, label) => void versions.restore(versionId, label) }}
        check={{ findings, photosWithoutAlt: photos.withoutAlt, actions: fixes.actions }}
        reviewKey={workflow.reviewKey}
        photos={photos.photos}
        template={template}
      />
      <EditorDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        articleId={article.id}
        draft={draft}
        flush={() => autosave.flush()}
        runAction={workflow.run}
        publishAt={workflow.publish}
        onSent={workflow.setJob}
      />
      {workflow.problems && <SubmitProblemsDialog problems={workflow.problems} onClose={workflow.closeProblems} />}
      {workflow.warnings && <SubmitProblemsDialog problems={workflow.warnings} onClose={workflow.closeWarnings} onProceed={workflow.submitAnyway} />}
      {spellingMenu.menu && !readOnly && <SpellingMenu menu={spellingMenu.menu} actions={fixes.actions} onClose={spellingMenu.close} />}
      {words.report && <ImportReport fileName={words.report.fileName} result={words.report.result} onClose={words.closeReport} />}
      {link.range && editor && <LinkDialog editor={editor} range={link.range} onDone={link.close} />}
    </div>
  );
}
