import { useEffect, useRef, type KeyboardEvent } from 'react';
import { replacementsOf, type FindingActions } from './CheckPanel';
import type { SpellingMenuState } from './hooks/useSpellingMenu';

interface Props {
  menu: SpellingMenuState;
  actions: FindingActions;
  onClose: () => void;
}

/** Suggestions for a misspelt word, «Bỏ qua» and «Thêm vào từ điển», where the word is. Arrow keys move, Escape closes. */
export function SpellingMenu({ menu, actions, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { finding } = menu;
  const replacements = replacementsOf(finding).slice(0, 5);
  const oneWord = !/\s/u.test(finding.text);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onPointer = (event: PointerEvent): void => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };
  const pick = (run: () => void) => () => {
    run();
    onClose();
  };
  // Kept on screen near the edges.
  const style = { left: Math.min(menu.x, window.innerWidth - 260), top: Math.min(menu.y + 4, window.innerHeight - 240) };

  return (
    <div ref={ref} className="spelling-menu" role="menu" aria-label={`Chính tả: «${finding.text}»`} style={style} onKeyDown={onKeyDown}>
      <p>{finding.message}</p>
      {replacements.map((replacement) => (
        <button key={replacement} type="button" role="menuitem" className="suggestion" onClick={pick(() => actions.fix(finding, replacement))}>
          {replacement}
        </button>
      ))}
      {replacements.length === 0 && <p>Không có gợi ý.</p>}
      {oneWord && (
        <>
          <hr />
          <button type="button" role="menuitem" onClick={pick(() => actions.ignore(finding))}>
            Bỏ qua trong bài này
          </button>
          <button type="button" role="menuitem" onClick={pick(() => actions.addWord(finding.text))}>
            Thêm vào từ điển
          </button>
        </>
      )}
    </div>
  );
}
