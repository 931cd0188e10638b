import type { ArticleStatus } from '../../../shared/article/model';
import { formatDateTime } from '../../../shared/format/date';
import { editReopens } from '../../../shared/workflow/machine';

interface Props {
  status: ArticleStatus;
  readOnly: boolean;
  /** When the article was saved elsewhere with other text, or null. */
  changedElsewhere: number | null;
  /** The stored body has a part the editor cannot show. */
  bodyProblem: boolean;
}

/** What the person must know before typing: an approved text goes back to review, it changed elsewhere, it cannot be shown whole. */
export function EditorBanners({ status, readOnly, changedElsewhere, bodyProblem }: Props) {
  return (
    <>
      {editReopens(status) && !readOnly && (
        <p className="banner banner-info" role="status">
          Bài đã {status === 'approved' ? 'được duyệt' : status === 'scheduled' ? 'lên lịch đăng' : 'xuất bản'}: nếu sửa nội dung (tiêu đề, sapo, thân bài, ảnh), bài sẽ quay lại «Chờ duyệt» để
          duyệt lại.
        </p>
      )}
      {changedElsewhere !== null && (
        <p className="banner banner-error" role="alert">
          Bài này vừa được lưu ở nơi khác (cửa sổ khác, gói bài hoặc bài nhận từ cổng) lúc {formatDateTime(changedElsewhere)}. Những gì bạn gõ tiếp vẫn được
          lưu, bản kia được giữ thành một phiên bản.{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Mở bản mới nhất
          </button>
        </p>
      )}
      {bodyProblem && (
        <p className="banner banner-error" role="alert">
          Bài này có một phần trình soạn thảo không hiển thị được nên chỉ mở để xem; nội dung đã lưu được giữ nguyên, không bị ghi đè. Hãy khôi phục một phiên
          bản trước hoặc báo cho người quản trị.
        </p>
      )}
    </>
  );
}
