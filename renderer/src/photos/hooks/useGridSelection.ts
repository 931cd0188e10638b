import { useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { Photo } from '../../../../shared/media/model';

/**
 * The selection in the photo grid, as in a file browser: a click picks one, Ctrl+click adds or removes, Shift
 * (click or arrows) selects a range from where the selection started; ←/→ one photo, ↑/↓ one row, Home/End;
 * Ctrl+A all. `captionTakesFocus` says whether the caption box takes the focus when a photo opens: yes when it
 * was chosen by a click or Enter, no while moving through the grid with the arrows.
 */
export function useGridSelection(photos: Photo[], grid: RefObject<HTMLElement | null>) {
  const [selected, setSelected] = useState<string[]>([]);
  const captionTakesFocus = useRef(true);
  const anchor = useRef<string | null>(null);
  const chosen = photos.filter((photo) => selected.includes(photo.id));
  const focus = chosen.length === 1 ? chosen[0] : null;
  const indexOf = (id: string | null | undefined): number => photos.findIndex((photo) => photo.id === id);
  const range = (from: number, to: number): string[] => photos.slice(Math.min(from, to), Math.max(from, to) + 1).map((photo) => photo.id);
  const toggle = (id: string): void => setSelected((list) => (list.includes(id) ? list.filter((item) => item !== id) : [...list, id]));

  const click = (photo: Photo, event: MouseEvent): void => {
    captionTakesFocus.current = true;
    if (event.ctrlKey || event.metaKey) toggle(photo.id);
    else if (event.shiftKey && (anchor.current ?? focus?.id)) setSelected(range(Math.max(0, indexOf(anchor.current ?? focus?.id)), indexOf(photo.id)));
    else {
      anchor.current = photo.id;
      setSelected([photo.id]);
      // The photo already open: its caption box takes the focus (a new one's does when it opens).
      if (focus?.id === photo.id) document.getElementById('photo-caption')?.focus();
    }
  };

  /** Moves through the grid with the keys; false when the key is not one of them. */
  const moveFocus = (from: number, key: string, extend: boolean): boolean => {
    const tiles = [...(grid.current?.querySelectorAll<HTMLElement>('.photo-tile') ?? [])];
    const top = tiles[0]?.offsetTop;
    const firstOfRow2 = tiles.findIndex((tile) => tile.offsetTop !== top);
    const columns = Math.max(1, firstOfRow2 === -1 ? tiles.length : firstOfRow2);
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns };
    if (!(key in step) && key !== 'Home' && key !== 'End') return false;
    const target = key === 'Home' ? 0 : key === 'End' ? photos.length - 1 : from + step[key];
    const to = Math.min(photos.length - 1, Math.max(0, target));
    captionTakesFocus.current = false;
    if (extend) {
      anchor.current ??= photos[from].id;
      setSelected(range(Math.max(0, indexOf(anchor.current)), to));
    } else {
      anchor.current = photos[to].id;
      setSelected([photos[to].id]);
    }
    tiles[to]?.focus();
    return true;
  };

  /** The grid's keys on one tile (Enter captions it, Space picks it); true when the key was the grid's. */
  const onTileKey = (photo: Photo, index: number, event: KeyboardEvent): boolean => {
    if (event.key === 'Enter') {
      captionTakesFocus.current = true;
      setSelected([photo.id]);
      document.getElementById('photo-caption')?.focus();
      return true;
    }
    if (event.key === ' ') {
      if (event.ctrlKey || event.metaKey) toggle(photo.id);
      else setSelected([photo.id]);
      return true;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      setSelected(photos.map((item) => item.id));
      return true;
    }
    return !event.altKey && !event.ctrlKey && !event.metaKey && moveFocus(index, event.key, event.shiftKey);
  };

  /** After Enter in a caption: the next photo, whose caption box takes the focus. */
  const selectNext = (): void => {
    if (!focus) return;
    captionTakesFocus.current = true;
    const next = photos[indexOf(focus.id) + 1];
    if (next) setSelected([next.id]);
  };

  return { selected, setSelected, chosen, focus, captionTakesFocus, click, onTileKey, selectNext };
}
