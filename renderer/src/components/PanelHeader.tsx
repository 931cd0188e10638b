interface Props {
  id: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
}

/** The title of a panel beside the editor, with its close button. */
export function PanelHeader({ id, title, closeLabel, onClose }: Props) {
  return (
    <div className="panel-header">
      <h2 id={id}>{title}</h2>
      <button type="button" className="icon-button" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
