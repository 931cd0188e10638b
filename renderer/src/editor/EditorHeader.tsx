import { useRef } from 'react';
import type { ArticleStatus } from '../../../shared/article/model';
import type { PublishJob } from '../../../shared/publish/model';
import { MenuButton } from '../components/MenuButton';
import { DOCX_ACCEPT } from '../files/DocxImport';
import type { ArticleDraft } from './draft/article-draft';
import { useDraftValue } from './hooks/useArticleDraft';
import { useSaveState, type SaveStateSource } from './hooks/useAutosave';
import { StateBadge } from './StateBadge';
import { SaveIndicator } from './StatusIndicators';
import { useFindings, type FindingsSource } from './findings-store';

/** The side panels the editor can show beside the text. */
export type Panel = 'versions' | 'check' | 'template' | 'photos' | 'review' | 'related' | null;

interface Props {
  status: ArticleStatus;
  /** The draft, for the number of saves in the state's details (read here: it changes with every save). */
  draft: ArticleDraft;
  job: PublishJob | null;
  /** The autosave, whose state the header shows (and alone re-renders for). */
  saves: SaveStateSource;
  onRetrySave: () => void;
  panel: Panel;
  onTogglePanel: (panel: Exclude<Panel, null>) => void;
  hasTemplate: boolean;
  /** The checker's findings: the header shows how many, and whether any is an error. */
  findings: FindingsSource;
  photoDeskHref: string;
  onPreview: () => void;
  readOnly: boolean;
  onSaveVersion: () => void;
  onInsertWord: (file: File) => void;
  onExport: () => void;
  onSaveAsTemplate: () => void;
  onToggleViewOnly: () => void;
}

/**
 * The article's header on one row: back to the library, its state and save state, the panels, the preview, and the
 * rarer commands in «Thêm ▾».
 */
export function EditorHeader(props: Props) {
  const { status, panel, onTogglePanel } = props;
  const all = useFindings(props.findings);
  const findings = all.length;
  const errors = all.filter((finding) => finding.severity === 'error').length;
  const wordInput = useRef<HTMLInputElement>(null);
  const saveState = useSaveState(props.saves);
  const revision = useDraftValue(props.draft, (state) => state.revision);
  return (
    <div className="editor-header">
      <a href="#/" className="back-link">
        ← Thư viện
      </a>
      <StateBadge status={status} saveState={saveState} revision={revision} job={props.job} />
      <SaveIndicator state={saveState} onRetry={props.onRetrySave} />
      <div className="spacer" />
      {props.hasTemplate && (
        <button type="button" aria-pressed={panel === 'template'} onClick={() => onTogglePanel('template')}>
          Dữ liệu mẫu
        </button>
      )}
      <button type="button" aria-pressed={panel === 'review'} onClick={() => onTogglePanel('review')}>
        Duyệt bài
      </button>
      <button type="button" aria-pressed={panel === 'check'} onClick={() => onTogglePanel('check')} data-testid="check-button">
        Kiểm tra{findings > 0 ? ` (${findings})` : ''}
        {errors > 0 && <span className="badge-error" aria-label={`${errors} lỗi`} />}
      </button>
      <button type="button" aria-pressed={panel === 'photos'} onClick={() => onTogglePanel('photos')}>
        Chèn ảnh
      </button>
      <a className="button-link" href={props.photoDeskHref}>
        Ảnh
      </a>
      <button type="button" onClick={props.onPreview}>
        Xem trước
      </button>
      <MenuButton
        label="Thêm ▾"
        name="Thêm lệnh"
        items={[
          { label: 'Lưu phiên bản', shortcut: 'Ctrl+S', run: props.onSaveVersion },
          { label: 'Các phiên bản', checked: panel === 'versions', run: () => onTogglePanel('versions'), title: 'Xem, so sánh, khôi phục các phiên bản đã lưu' },
          {
            label: 'Bài cùng loại',
            checked: panel === 'related',
            run: () => onTogglePanel('related'),
            title: 'Bài trước đây cùng loại sự kiện: đọc bên cạnh, chèn đoạn văn hay danh sách đại biểu',
          },
          { label: 'Chèn từ Word…', run: () => wordInput.current?.click(), disabled: props.readOnly, title: 'Chèn nội dung một tệp Word vào chỗ con trỏ' },
          { label: 'Xuất…', run: props.onExport, title: 'Trang HTML, phiếu trình duyệt (PDF), gói bài cho máy khác' },
          { label: 'Lưu thành mẫu…', run: props.onSaveAsTemplate },
          { label: 'Chỉ xem', checked: props.readOnly, run: props.onToggleViewOnly, title: 'Đọc bài mà không sửa nhầm' },
        ]}
      />
      <input
        ref={wordInput}
        type="file"
        accept={DOCX_ACCEPT}
        className="visually-hidden"
        aria-label="Chọn tệp Word để chèn vào chỗ con trỏ"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) props.onInsertWord(file);
        }}
      />
    </div>
  );
}
