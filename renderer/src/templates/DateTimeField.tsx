import { useState } from 'react';
import { fromDisplay, toDisplay } from '../../../shared/format/date-input';

interface Props {
  id: string;
  value: string;
  describedBy?: string;
  onChange: (value: string) => void;
}

export function DateTimeField({ id, value, describedBy, onChange }: Props) {
  const [text, setText] = useState(toDisplay(value));
  const [invalid, setInvalid] = useState(false);
  return (
    <>
      <input
        id={id}
        inputMode="numeric"
        placeholder="dd/mm/yyyy HH:mm"
        aria-describedby={describedBy}
        aria-invalid={invalid}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = fromDisplay(event.target.value);
          setInvalid(parsed === null && event.target.value.trim() !== '');
          if (parsed) onChange(parsed);
        }}
      />
      {invalid && <span className="error-text">Viết ngày giờ dạng 29/01/2024 14:00.</span>}
    </>
  );
}
