import { useState } from 'react';

/** "2024-01-29T14:00" ⇄ "29/01/2024 14:00", the way the office writes dates whatever the computer's locale. */
export function toDisplay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}:${match[5]}` : '';
}

export function fromDisplay(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:h](\d{2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year, hour = '8', minute = '00'] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  if (date.getDate() !== Number(day) || date.getMonth() !== Number(month) - 1 || Number(hour) > 23 || Number(minute) > 59) return null;
  const pad = (part: string | number): string => String(part).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

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
