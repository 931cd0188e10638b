// @vitest-environment happy-dom
import { act, createRef, type RefObject } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Photo } from '../../../shared/media/model';
import { useGridSelection } from '../../../renderer/src/photos/hooks/useGridSelection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const photos = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }) as Photo);
let selection: ReturnType<typeof useGridSelection>;

function Grid({ grid }: { grid: RefObject<HTMLUListElement | null> }) {
  selection = useGridSelection(photos, grid);
  return null;
}

const mouse = (keys: { ctrlKey?: boolean; shiftKey?: boolean } = {}) => ({ ctrlKey: false, metaKey: false, shiftKey: false, ...keys }) as React.MouseEvent;
const key = (name: string, keys: { ctrlKey?: boolean; shiftKey?: boolean } = {}) =>
  ({ key: name, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...keys }) as React.KeyboardEvent;

describe('the photo grid’s selection, as in a file browser', () => {
  it('click, Ctrl+click, Shift+click from where it started, Shift+arrows, Ctrl+A; Enter in a caption goes to the next', () => {
    const grid = createRef<HTMLUListElement>();
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Grid grid={grid} />));
    act(() => selection.click(photos[1], mouse()));
    act(() => selection.click(photos[3], mouse({ shiftKey: true })));
    expect(selection.selected).toEqual(['b', 'c', 'd']);
    // A second Shift+click narrows the same range, from the same start.
    act(() => selection.click(photos[2], mouse({ shiftKey: true })));
    expect(selection.selected).toEqual(['b', 'c']);
    act(() => selection.click(photos[4], mouse({ ctrlKey: true })));
    act(() => selection.click(photos[1], mouse({ ctrlKey: true })));
    expect(selection.selected).toEqual(['c', 'e']);
    act(() => void selection.onTileKey(photos[0], 0, key('a', { ctrlKey: true })));
    expect(selection.selected).toHaveLength(5);
    act(() => selection.click(photos[0], mouse()));
    act(() => void selection.onTileKey(photos[0], 0, key('ArrowRight', { shiftKey: true })));
    expect(selection.selected).toEqual(['a', 'b']);
    // Moving with the arrows keeps the focus in the grid; Enter gives it to the caption.
    expect(selection.captionTakesFocus.current).toBe(false);
    act(() => selection.click(photos[2], mouse()));
    expect(selection.focus?.id).toBe('c');
    act(() => selection.selectNext());
    expect(selection.focus?.id).toBe('d');
    expect(selection.captionTakesFocus.current).toBe(true);
    act(() => root.unmount());
  });
});
