import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../../renderer/src/editor/autosave';

function setup(persist: (content: string) => Promise<{ updatedAt: number }>) {
  let content = '';
  const states: SaveState[] = [];
  const saved: string[] = [];
  const autosave = new Autosave<string>({
    read: () => content,
    persist: async (value) => {
      saved.push(value);
      return persist(value);
    },
    onState: (state) => states.push(state),
    errorMessage: (error) => String((error as Error).message),
  });
  return {
    autosave,
    states,
    saved,
    type(value: string) {
      content = value;
      autosave.changed();
    },
  };
}

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves shortly after the last change', async () => {
    const editor = setup(async () => ({ updatedAt: 1 }));
    editor.type('Hội');
    editor.type('Hội nghị');
    await vi.advanceTimersByTimeAsync(399);
    expect(editor.saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(editor.saved).toEqual(['Hội nghị']);
    expect(editor.states.at(-1)).toEqual({ kind: 'saved', at: 1 });
  });

  it('says «saving» once while the person types, not on every key (the indicator re-renders per save)', async () => {
    const editor = setup(async () => ({ updatedAt: 7 }));
    for (const text of ['H', 'Hộ', 'Hội', 'Hội n']) editor.type(text);
    expect(editor.states).toEqual([{ kind: 'pending' }]);
    await vi.advanceTimersByTimeAsync(400);
    expect(editor.states).toEqual([{ kind: 'pending' }, { kind: 'saved', at: 7 }]);
    expect(editor.autosave.state()).toEqual({ kind: 'saved', at: 7 });
  });

  it('saves within a second while the person keeps typing', async () => {
    const editor = setup(async () => ({ updatedAt: 1 }));
    for (let step = 1; step <= 10; step += 1) {
      editor.type('x'.repeat(step));
      await vi.advanceTimersByTimeAsync(150);
    }
    // 1.5 s of continuous typing: at least one save already happened, none later than a second after a change.
    expect(editor.saved.length).toBeGreaterThanOrEqual(1);
    expect(editor.saved[0].length).toBeLessThanOrEqual(7);
  });

  it('keeps the text and tries again after a failed save', async () => {
    let fail = true;
    const editor = setup(async () => {
      if (fail) throw new Error('Không lưu được bài viết: ổ đĩa đã đầy.');
      return { updatedAt: 2 };
    });
    editor.type('Bài quan trọng');
    await vi.advanceTimersByTimeAsync(400);
    expect(editor.states.at(-1)).toEqual({ kind: 'error', message: 'Không lưu được bài viết: ổ đĩa đã đầy.' });
    expect(editor.autosave.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(3000);
    expect(editor.saved).toEqual(['Bài quan trọng', 'Bài quan trọng']);
    expect(editor.states.at(-1)).toEqual({ kind: 'saved', at: 2 });
    expect(editor.autosave.hasUnsavedChanges).toBe(false);
  });

  it('saves one at a time and in order, the newest text last', async () => {
    const releases: (() => void)[] = [];
    const editor = setup(
      () =>
        new Promise((resolve) => {
          releases.push(() => resolve({ updatedAt: releases.length }));
        }),
    );
    editor.type('một');
    const first = editor.autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    editor.type('một hai');
    const second = editor.autosave.flush();
    expect(editor.saved).toEqual(['một']);
    releases[0]();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(editor.saved).toEqual(['một', 'một hai']);
    releases[1]();
    await second;
    expect(editor.autosave.hasUnsavedChanges).toBe(false);
  });

  it('on the way out, sends the newest text at once rather than behind a save still on its way', async () => {
    const releases: (() => void)[] = [];
    const sequences: number[] = [];
    let content = '';
    const saved: string[] = [];
    const autosave = new Autosave<string>({
      read: () => content,
      persist: (value, { sequence }) => {
        saved.push(value);
        sequences.push(sequence);
        return new Promise((resolve) => releases.push(() => resolve({ updatedAt: sequence })));
      },
      errorMessage: String,
    });
    content = 'Sáng 10/12, HĐND tỉnh khai mạc Kỳ họp ';
    autosave.changed();
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toHaveLength(1);
    content = 'Sáng 10/12, HĐND tỉnh khai mạc Kỳ họp thứ 20.';
    autosave.changed();
    // The page is closing: the first save has not answered, and may never answer to this page.
    const leaving = autosave.flush({ keepalive: true });
    expect(saved).toEqual(['Sáng 10/12, HĐND tỉnh khai mạc Kỳ họp ', 'Sáng 10/12, HĐND tỉnh khai mạc Kỳ họp thứ 20.']);
    expect(sequences).toEqual([1, 2]);
    // The later save answers first; the earlier one answering afterwards does not make the state lie.
    releases[1]();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.state()).toEqual({ kind: 'saved', at: 2 });
    releases[0]();
    await leaving;
    expect(autosave.state()).toEqual({ kind: 'saved', at: 2 });
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('flushes nothing when nothing changed', async () => {
    const editor = setup(async () => ({ updatedAt: 1 }));
    await editor.autosave.flush();
    expect(editor.saved).toEqual([]);
  });
});
