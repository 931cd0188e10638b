import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  run: () => void;
  /** A shortcut shown beside the label (the key itself is handled elsewhere). */
  shortcut?: string;
  /** An on/off item (menuitemcheckbox). */
  checked?: boolean;
  disabled?: boolean;
  title?: string;
}

interface Props {
  label: ReactNode;
  /** The accessible name of the button, when the label alone does not say it. */
  name?: string;
  items: MenuItem[];
}

/**
 * A button that opens a short menu of rarer commands, as a desktop menu behaves: ↓/↑ (and Home/End) move,
 * Enter or Space runs, Esc closes and gives the focus back, a click elsewhere or Tab closes.
 */
export function MenuButton({ label, name, items }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent): void => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);
  const openAt = (index: number): void => {
    setActive(index);
    setOpen(true);
  };
  const close = (focusButton: boolean): void => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  const run = (item: MenuItem): void => {
    if (item.disabled) return;
    close(true);
    item.run();
  };
  const step = (delta: number): void => {
    const at = enabled.indexOf(active);
    setActive(enabled[(at + delta + enabled.length) % enabled.length] ?? 0);
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={name}
        onClick={() => (open ? close(false) : openAt(enabled[0] ?? 0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openAt(event.key === 'ArrowDown' ? (enabled[0] ?? 0) : (enabled[enabled.length - 1] ?? 0));
          }
        }}
      >
        {label}
      </button>
      {open && (
        <ul
          ref={menu}
          id={id}
          role="menu"
          className="menu"
          aria-label={name ?? (typeof label === 'string' ? label : undefined)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              step(event.key === 'ArrowDown' ? 1 : -1);
            } else if (event.key === 'Home' || event.key === 'End') {
              event.preventDefault();
              setActive((event.key === 'Home' ? enabled[0] : enabled[enabled.length - 1]) ?? 0);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close(true);
            } else if (event.key === 'Tab') {
              close(false);
            } else if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              const item = items[active];
              if (item) run(item);
            }
          }}
        >
          {items.map((item, index) => (
            <li
              key={item.label}
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              aria-keyshortcuts={item.shortcut?.replace(/Ctrl/g, 'Control')}
              title={item.title}
              tabIndex={index === active ? 0 : -1}
              className="menu-item"
              onMouseMove={() => !item.disabled && index !== active && setActive(index)}
              onClick={() => run(item)}
            >
              <span className="menu-check" aria-hidden="true">
                {item.checked ? '✓' : ''}
              </span>
              <span className="menu-label">{item.label}</span>
              {item.shortcut && <kbd className="menu-shortcut">{item.shortcut}</kbd>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
