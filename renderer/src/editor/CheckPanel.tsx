import type { PlacedFinding } from '../../../shared/style/types';
import { PanelHeader } from '../components/PanelHeader';

const FIELD_LABELS: Record<PlacedFinding['field'], string> = { title: 'Tiêu đề', lead: 'Sapo', body: 'Thân bài', byline: 'Dòng ký tên' };
const SEVERITY_LABELS: Record<PlacedFinding['severity'], string> = { error: 'Lỗi', warning: 'Nên sửa', info: 'Gợi ý' };

interface Props {
  findings: PlacedFinding[];
  onFix: (finding: PlacedFinding) => void;
  onShow: (finding: PlacedFinding) => void;
  onFixTone: () => void;
  onAddAbbreviation: (abbr: string) => void;
  onClose: () => void;
  checkingWhileTyping: boolean;
  photosWithoutAlt: number;
  photoDeskHref: string;
}

/** The checker's findings for the whole article, with one-click fixes. */
export function CheckPanel({ findings, onFix, onShow, onFixTone, onAddAbbreviation, onClose, checkingWhileTyping, photosWithoutAlt, photoDeskHref }: Props) {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const tone = findings.filter((finding) => finding.rule === 'tone-style').length;
  return (
    <aside className="side-panel" aria-labelledby="check-title">
      <PanelHeader id="check-title" title="Kiểm tra văn phong" closeLabel="Đóng bảng kiểm tra" onClose={onClose} />
      <p className="hint" aria-live="polite" data-testid="check-summary">
        {findings.length === 0 ? 'Không thấy lỗi nào.' : `${findings.length} điểm cần xem${errors ? `, trong đó ${errors} lỗi` : ''}.`}
        {!checkingWhileTyping && ' (Đang tắt kiểm tra khi gõ; danh sách này cập nhật khi mở bảng.)'}
      </p>
      {photosWithoutAlt > 0 && (
        <p className="finding finding-error" role="alert">
          {photosWithoutAlt} ảnh trong bài chưa có mô tả cho người khiếm thị; bài chưa gửi duyệt được cho đến khi có. <a href={photoDeskHref}>Thêm ở kho ảnh</a>
        </p>
      )}
      {tone > 1 && (
        <button type="button" className="primary" onClick={onFixTone}>
          Thống nhất cách bỏ dấu ({tone} chữ)
        </button>
      )}
      <ul className="finding-list">
        {findings.map((finding, index) => (
          <li key={`${finding.field}-${finding.block}-${finding.start}-${finding.rule}-${index}`} className={`finding finding-${finding.severity}`}>
            <button type="button" className="finding-text" onClick={() => onShow(finding)}>
              <span className="finding-where">
                {SEVERITY_LABELS[finding.severity]} · {FIELD_LABELS[finding.field]}
              </span>
              <span>{finding.message}</span>
            </button>
            <div className="finding-actions">
              {finding.suggestion !== null && (
                <button type="button" onClick={() => onFix(finding)} aria-label={`${finding.suggestion === '' ? 'Xóa' : `Sửa thành «${finding.suggestion}»`} — ${finding.message}`}>
                  {finding.suggestion === '' ? 'Xóa' : `Sửa thành «${finding.suggestion}»`}
                </button>
              )}
              {finding.rule === 'abbreviation' && finding.suggestion === null && (
                <button type="button" onClick={() => onAddAbbreviation(finding.text)}>
                  Thêm vào từ điển
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
