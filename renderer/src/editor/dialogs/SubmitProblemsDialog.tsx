import { Dialog } from '../../components/Dialog';

interface Props {
  problems: string[];
  onClose: () => void;
  /** Given: these are warnings (spelling) that do not stop a submission, and the person may send it anyway. */
  onProceed?: () => void;
}

/** What an article lacks before it may go to review, as the services listed it; or what to look at first (warnings). */
export function SubmitProblemsDialog({ problems, onClose, onProceed }: Props) {
  return (
    <Dialog
      title={onProceed ? 'Còn lỗi chính tả' : 'Chưa gửi duyệt được'}
      onClose={onClose}
      actions={
        onProceed ? (
          <>
            <button type="button" onClick={onClose}>
              Để sửa trước
            </button>
            <button type="button" className="primary" onClick={onProceed} autoFocus>
              Vẫn gửi duyệt
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={onClose}>
            Đã hiểu
          </button>
        )
      }
    >
      <p>{onProceed ? 'Bài có những chữ có thể viết sai (không bắt buộc sửa trước khi gửi):' : 'Bài còn thiếu:'}</p>
      <ul className="problems">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </Dialog>
  );
}
