import type { PlacedFinding } from '../../../shared/style/types';
import { PanelHeader } from '../components/PanelHeader';
import { useFindings, type FindingsSource } from './findings-store';

const FIELD_LABELS: Record<PlacedFinding['field'], string> = { title: 'Tiêu đề', lead: 'Sapo', body: 'Thân bài', byline: 'Dòng ký tên' };
const SEVERITY_LABELS: Record<PlacedFinding['severity'], string> = { error: 'Lỗi', warning: 'Nên sửa', info: 'Gợi ý' };

/** What a person can do with a finding from the panel (and from the editor's context menu, for spelling). */
export interface FindingActions {
  /** The one-click fix; for spelling, `replacement` is the suggestion chosen among the alternatives. */
  fix: (finding: PlacedFinding, replacement?: string) => void;
  show: (finding: PlacedFinding) => void;
  fixTone: () => void;
  addAbbreviation: (abbr: string) => void;
  /** «Bỏ qua»: this word, in this article. */
  ignore: (finding: PlacedFinding) => void;
  /** «Thêm vào từ điển»: the office's spelling dictionary. */
  addWord: (word: string) => void;
}

interface Props {
  findings: FindingsSource;
  actions: FindingActions;
  onClose: () => void;
  checkingWhileTyping: boolean;
  photosWithoutAlt: number;
  photoDeskHref: string;
}

/** The replacements a finding offers: its suggestion, then (spelling) the alternatives. */
export function replacementsOf(finding: PlacedFinding): string[] {
  if (finding.suggestion === null) return [];
  return [...new Set([finding.suggestion, ...(finding.alternatives ?? [])])];
}

function FindingItem({ finding, actions }: { finding: PlacedFinding; actions: FindingActions }) {
  const spelling = finding.rule === 'spelling';
  // A single word (not a confusion of several) can be left alone or added to the dictionary.
  const oneWord = spelling && !/\s/u.test(finding.text);
  return (
    <li className={`finding finding-${spelling ? 'spelling' : finding.severity}`}>
      <button type="button" className="finding-text" onClick={() => actions.show(finding)}>
        <span className="finding-where">
          {spelling ? 'Chính tả' : SEVERITY_LABELS[finding.severity]} · {FIELD_LABELS[finding.field]}
        </span>
        <span>{finding.message}</span>
      </button>
      <div className="finding-actions">
        {replacementsOf(finding)
          .slice(0, spelling ? 3 : 1)
          .map((replacement) => (
            <button key={replacement} type="button" onClick={() => actions.fix(finding, replacement)} aria-label={`${replacement === '' ? 'Xóa' : `Sửa thành «${replacement}»`} — ${finding.message}`}>
              {replacement === '' ? 'Xóa' : `Sửa thành «${replacement}»`}
            </button>
          ))}
        {finding.rule === 'abbreviation' && finding.suggestion === null && (
          <button type="button" onClick={() => actions.addAbbreviation(finding.text)}>
            Thêm vào từ điển
          </button>
        )}
        {oneWord && (
          <>
            <button type="button" onClick={() => actions.ignore(finding)} aria-label={`Bỏ qua «${finding.text}» trong bài này`}>
              Bỏ qua
            </button>
            <button type="button" onClick={() => actions.addWord(finding.text)} aria-label={`Thêm vào từ điển của cơ quan: «${finding.text}»`}>
              Thêm vào từ điển
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** The checker's findings for the whole article, style and spelling, with one-click fixes. */
export function CheckPanel({ findings: source, actions, onClose, checkingWhileTyping, photosWithoutAlt, photoDeskHref }: Props) {
  const findings = useFindings(source);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const spelling = findings.filter((finding) => finding.rule === 'spelling').length;
  const tone = findings.filter((finding) => finding.rule === 'tone-style').length;
  return (
    <aside className="side-panel" aria-labelledby="check-title">
      <PanelHeader id="check-title" title="Kiểm tra văn phong, chính tả" closeLabel="Đóng bảng kiểm tra" onClose={onClose} />
      <p className="hint" aria-live="polite" data-testid="check-summary">
        {findings.length === 0 ? 'Không thấy lỗi nào.' : `${findings.length} điểm cần xem${errors ? `, trong đó ${errors} lỗi` : ''}${spelling ? `; ${spelling} về chính tả` : ''}.`}
        {!checkingWhileTyping && ' (Đang tắt kiểm tra khi gõ; danh sách này cập nhật khi mở bảng.)'}
      </p>
      {photosWithoutAlt > 0 && (
        <p className="finding finding-error" role="alert">
          {photosWithoutAlt} ảnh trong bài chưa có mô tả cho người khiếm thị; bài chưa gửi duyệt được cho đến khi có. <a href={photoDeskHref}>Thêm ở kho ảnh</a>
        </p>
      )}
      {tone > 1 && (
        <button type="button" className="primary" onClick={actions.fixTone}>
          Thống nhất cách bỏ dấu ({tone} chữ)
        </button>
      )}
      <ul className="finding-list">
        {findings.map((finding, index) => (
          <FindingItem key={`${finding.field}-${finding.block}-${finding.start}-${finding.rule}-${index}`} finding={finding} actions={actions} />
        ))}
      </ul>
    </aside>
  );
}
