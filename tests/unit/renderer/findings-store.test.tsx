// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { PlacedFinding } from '../../../shared/style/types';
import { FindingsStore, useFindings, type FindingsSource } from '../../../renderer/src/editor/findings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const renders = { screen: 0, count: 0 };

function Count({ source }: { source: FindingsSource }) {
  renders.count += 1;
  return <span>{useFindings(source).length}</span>;
}

/** The editor around the count: it holds the store and must not re-render when a check brings new findings. */
function Screen({ store }: { store: FindingsStore }) {
  renders.screen += 1;
  return (
    <p>
      Kiểm tra (<Count source={store} />)
    </p>
  );
}

describe('the findings store', () => {
  it('a check re-renders what shows the findings, not the screen around it', async () => {
    const store = new FindingsStore();
    const element = document.createElement('div');
    const root = createRoot(element);
    await act(async () => root.render(<Screen store={store} />));
    expect(element.textContent).toBe('Kiểm tra (0)');
    const finding = { rule: 'spelling', severity: 'warning', field: 'body', block: 0, start: 0, end: 3, text: 'hoc', message: '' } as PlacedFinding;
    act(() => store.set([finding, finding]));
    expect(element.textContent).toBe('Kiểm tra (2)');
    expect(renders).toEqual({ screen: 1, count: 2 });
    act(() => root.unmount());
  });
});
