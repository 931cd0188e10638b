/** The «Xóa» button of a table row: quiet, red, and named for what it removes (`label`, read by screen readers). */
export function DeleteButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="quiet danger-text" aria-label={label} onClick={onClick}>
      Xóa
    </button>
  );
}
