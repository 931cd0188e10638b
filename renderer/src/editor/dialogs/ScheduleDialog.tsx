import { fromDisplay } from '../../../../shared/format/date-input';
import { PromptDialog } from '../../components/Dialog';

/** When the portal publishes an approved article: a time after now, written as the office writes dates. */
export function ScheduleDialog({ onClose, onSchedule }: { onClose: () => void; onSchedule: (at: number) => Promise<void> }) {
  return (
    <PromptDialog
      title="Lên lịch đăng"
      label="Giờ đăng trên cổng (dd/mm/yyyy HH:mm)"
      placeholder="Ví dụ: 26/11/2026 08:00"
      initial=""
      confirmLabel="Lên lịch"
      validate={(value) => {
        const parsed = fromDisplay(value);
        if (!parsed) return 'Viết ngày giờ dạng 26/11/2026 08:00.';
        return new Date(parsed).getTime() > Date.now() ? null : 'Giờ đăng đã qua; hãy chọn một thời điểm sau bây giờ.';
      }}
      onClose={onClose}
      onSubmit={(value) => onSchedule(new Date(fromDisplay(value) as string).getTime())}
    />
  );
}
