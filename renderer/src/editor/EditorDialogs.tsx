import type { DocNode } from '../../../shared/article/model';
import type { Photo } from '../../../shared/media/model';
import type { PublishJob } from '../../../shared/publish/model';
import { ACTION_LABELS, type WorkflowAction } from '../../../shared/workflow/machine';
import { call } from '../api';
import { PromptDialog } from '../components/Dialog';
import { useToast } from '../components/toast';
import { ExportDialog } from '../files/ExportDialog';
import { PortalPreview } from '../workflow/PortalPreview';
import { SendToPortalDialog } from '../workflow/SendToPortalDialog';
import { ScheduleDialog } from './dialogs/ScheduleDialog';
import type { ArticleDraft } from './draft/article-draft';

/** The editor's dialogs: at most one is open. */
export type EditorDialog =
  | { kind: 'requestChanges'; action: WorkflowAction }
  | { kind: 'schedule' }
  | { kind: 'send' }
  | { kind: 'export' }
  | { kind: 'preview'; body: DocNode; coverId: string | null; photos: Photo[] }
  | { kind: 'saveAsTemplate' };

interface Props {
  dialog: EditorDialog | null;
  onClose: () => void;
  articleId: string;
  draft: ArticleDraft;
  /** Waits for the pending save: what is exported, sent or made a template is what the person sees. */
  flush: () => Promise<void>;
  runAction: (action: WorkflowAction, note: string) => Promise<void>;
  publishAt: (at: number) => Promise<void>;
  onSent: (job: PublishJob) => void;
}

/** The open dialog, wired to what it does. */
export function EditorDialogs({ dialog, onClose, articleId, draft, flush, runAction, publishAt, onSent }: Props) {
  const toast = useToast();
  switch (dialog?.kind) {
    case 'requestChanges': {
      const { action } = dialog;
      return (
        <PromptDialog
          title={ACTION_LABELS[action]}
          label="Cần sửa gì (phóng viên sẽ thấy ghi chú này)"
          initial=""
          confirmLabel={ACTION_LABELS[action]}
          validate={(note) => (note.trim() ? null : 'Hãy ghi rõ cần sửa gì.')}
          onClose={onClose}
          onSubmit={async (note) => {
            onClose();
            await runAction(action, note);
          }}
        />
      );
    }
    case 'schedule':
      return (
        <ScheduleDialog
          onClose={onClose}
          onSchedule={async (at) => {
            onClose();
            await publishAt(at);
          }}
        />
      );
    case 'send':
      return (
        <SendToPortalDialog
          articleId={articleId}
          beforeSend={flush}
          onClose={onClose}
          onSent={(sent, text) => {
            onClose();
            onSent(sent);
            toast.show(text);
          }}
        />
      );
    case 'export':
      return (
        <ExportDialog
          articleId={articleId}
          beforeExport={flush}
          onClose={onClose}
          onDone={(message) => {
            onClose();
            toast.show(message);
          }}
        />
      );
    case 'preview':
      return <PortalPreview article={{ ...draft.current.fields, body: dialog.body }} photos={dialog.photos} coverId={dialog.coverId} onClose={onClose} />;
    case 'saveAsTemplate':
      return (
        <PromptDialog
          title="Lưu bài thành mẫu"
          label="Tên mẫu"
          initial={draft.current.fields.title}
          confirmLabel="Lưu mẫu"
          validate={(name) => (name.trim() ? null : 'Hãy đặt tên cho mẫu.')}
          onClose={onClose}
          onSubmit={async (name) => {
            await flush();
            const created = await call('templates.fromArticle', { id: articleId, name: name.trim() });
            onClose();
            toast.show(`Đã lưu mẫu «${created.name}». Vào «Mẫu bài» để thêm trường dữ liệu.`);
          }}
        />
      );
    default:
      return null;
  }
}
