import { Dialog } from '../../components/Dialog';

/** What an article lacks before it may go to review, as the services listed it. */
export function SubmitProblemsDialog({ problems, onClose }: { problems: string[]; onClose: () => void }) {
  return (
    <Dialog
      title="Chưa gửi duyệt được"
      onClose={onClose}
      actions={
        <button type="button" className="primary" onClick={onClose}>
          Đã hiểu
        </button>
      }
    >
      <p>Bài còn thiếu:</p>
      <ul className="problems">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </Dialog>
  );
}
