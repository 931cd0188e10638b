import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Version, VersionSummary } from '../../../shared/article/model';
import { VERSION_REASON_LABELS } from '../../../shared/article/version-reasons';
import { formatDateTime } from '../../../shared/format/date';
import { call, errorMessage } from '../api';
import { ConfirmDialog } from '../components/Dialog';
import { articleExtensions } from '../editor/extensions';
import { PanelHeader } from '../components/PanelHeader';

interface Props {
  articleId: string;
  onRestore: (versionId: string, label: string) => void;
  onClose: () => void;
}

export function VersionsPanel({ articleId, onRestore, onClose }: Props) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Version | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    call('versions.list', { id: articleId })
      .then(setVersions)
      .catch((caught: unknown) => setError(errorMessage(caught)));
  }, [articleId]);

  const open = async (versionId: string): Promise<void> => {
    try {
      setSelected(await call('versions.get', { id: articleId, versionId }));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <aside className="versions-panel" aria-labelledby="versions-title">
      <PanelHeader id="versions-title" title="Phiên bản" closeLabel="Đóng danh sách phiên bản" onClose={onClose} />
      <p className="hint">Mỗi lần bấm Ctrl+S và cứ 10 phút soạn thảo, một phiên bản được giữ lại.</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {versions && versions.length === 0 && <p className="empty">Chưa có phiên bản nào.</p>}
      <ul className="version-list">
        {versions?.map((version) => (
          <li key={version.id}>
            <button
              type="button"
              className={`version-item${selected?.id === version.id ? ' is-selected' : ''}`}
              onClick={() => void open(version.id)}
              aria-label={`Xem phiên bản ${formatDateTime(version.createdAt)}`}
            >
              <span className="version-date">{formatDateTime(version.createdAt)}</span>
              <span className="version-meta">
                {VERSION_REASON_LABELS[version.reason]} · {version.wordCount.toLocaleString('vi-VN')} từ
              </span>
            </button>
          </li>
        ))}
      </ul>
      {selected && (
        <div className="version-preview" aria-label="Xem trước phiên bản">
          <div className="version-preview-header">
            <strong>{formatDateTime(selected.createdAt)}</strong>
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              Khôi phục phiên bản này
            </button>
          </div>
          <h3 className="preview-title">{selected.title || 'Bài chưa có tiêu đề'}</h3>
          {selected.lead && <p className="preview-lead">{selected.lead}</p>}
          <ReadOnlyBody key={selected.id} version={selected} />
          {selected.byline && <p className="preview-byline">{selected.byline}</p>}
        </div>
      )}
      {confirming && selected && (
        <ConfirmDialog
          title="Khôi phục phiên bản?"
          message={`Bài viết sẽ trở lại như lúc ${formatDateTime(selected.createdAt)}. Nội dung hiện tại được giữ thành một phiên bản, nên bạn có thể quay lại.`}
          confirmLabel="Khôi phục"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onRestore(selected.id, formatDateTime(selected.createdAt));
          }}
        />
      )}
    </aside>
  );
}

function ReadOnlyBody({ version }: { version: Version }) {
  const editor = useEditor({
    extensions: articleExtensions(),
    content: version.body,
    editable: false,
    injectCSS: false,
    editorProps: { attributes: { class: 'prose preview-body', 'aria-label': 'Nội dung phiên bản', 'aria-readonly': 'true' } },
  });
  return <EditorContent editor={editor} />;
}
