import type { Editor } from '@tiptap/react';
import type { Photo } from '../../../shared/media/model';
import type { Template } from '../../../shared/templates/model';
import type { Conflict } from '../../../shared/templates/regenerate';
import type { FieldValues } from '../../../shared/templates/model';
import { useOffice } from '../office/office-context';
import { TemplateFieldsPanel } from '../templates/TemplateFieldsPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { ReviewPanel } from '../workflow/ReviewPanel';
import { CheckPanel, type FindingActions } from './CheckPanel';
import type { ArticleDraft } from './draft/article-draft';
import type { Panel } from './EditorHeader';
import { useDraftValue } from './hooks/useArticleDraft';
import { useCommentHighlights } from './hooks/useCommentHighlights';
import { PhotoPicker } from './PhotoPicker';
import { RelatedPanel } from './RelatedPanel';
import type { FindingsSource } from './findings-store';

interface Props {
  panel: Panel;
  onClose: () => void;
  articleId: string;
  editor: Editor | null;
  readOnly: boolean;
  draft: ArticleDraft;
  versions: { key: number; restore: (versionId: string, label: string) => void };
  check: {
    findings: FindingsSource;
    photosWithoutAlt: () => number;
    actions: FindingActions;
  };
  reviewKey: number;
  photos: Photo[];
  template: { template: Template | null; conflicts: Conflict[]; change: (values: FieldValues) => void; resolve: (conflict: Conflict, replace: boolean) => void };
}

/** The one side panel open beside the text: versions, findings, review, photos to insert, or the template's fields. */
export function EditorPanels({ panel, onClose, articleId, editor, readOnly, draft, versions, check, reviewKey, photos, template }: Props) {
  const { office, settings } = useOffice();
  const binding = useDraftValue(draft, (state) => state.binding);
  const comments = useCommentHighlights(editor, panel === 'review');
  switch (panel) {
    case 'versions':
      return <VersionsPanel key={versions.key} articleId={articleId} onRestore={versions.restore} onClose={onClose} />;
    case 'check':
      return (
        <CheckPanel
          findings={check.findings}
          photosWithoutAlt={check.photosWithoutAlt()}
          photoDeskHref={`#/bai-viet/${articleId}/anh`}
          checkingWhileTyping={settings?.checkWhileTyping ?? true}
          actions={check.actions}
          onClose={onClose}
        />
      );
    case 'review':
      return (
        <ReviewPanel
          articleId={articleId}
          refreshKey={reviewKey}
          selection={comments.selection}
          onComments={comments.highlight}
          onShowQuote={comments.showQuote}
          onClose={onClose}
        />
      );
    case 'photos':
      return <PhotoPicker articleId={articleId} photos={photos} editor={editor} onInsert={(photo) => editor?.chain().focus().insertPhoto(photo).run()} onClose={onClose} />;
    case 'related':
      return <RelatedPanel articleId={articleId} editor={editor} readOnly={readOnly} onClose={onClose} />;
    case 'template':
      if (!binding) return null;
      return (
        <TemplateFieldsPanel
          template={template.template}
          templateName={binding.templateName}
          values={binding.values}
          officials={office?.officials ?? []}
          codeText={(code) => office?.codes.find((entry) => entry.code === code)?.text}
          conflicts={template.conflicts}
          onChange={template.change}
          onResolve={template.resolve}
          onClose={onClose}
        />
      );
    default:
      return null;
  }
}
