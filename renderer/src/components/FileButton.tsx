import { useRef, type ReactNode } from 'react';

interface Props {
  /** Accessible name of the hidden file input (tests and screen readers pick the file through it). */
  label: string;
  accept: string;
  onFile: (file: File) => void;
  children: ReactNode;
}

/** A button that opens the file picker for one file; the same file can be picked again. */
export function FileButton({ label, accept, onFile, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
