// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { onAppEvent } from '../../../renderer/src/api';
import { deliverFile, holdCommand, holdFile, runCommand, undoOrRedo, useCommands, useFileHandler } from '../../../renderer/src/desktop/commands';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Library({ onNew, onFile }: { onNew: () => void; onFile: (file: File) => void }) {
  useCommands({ 'article.new': onNew });
  useFileHandler('open', onFile);
  return null;
}

function mount(element: React.ReactElement): () => void {
  const root = createRoot(document.createElement('div'));
  act(() => root.render(element));
  return () => act(() => root.unmount());
}

describe('menu commands and opened files in the page', () => {
  it('go to the screen that is shown, or wait for the next one that can take them', () => {
    expect(runCommand('article.new')).toBe(false);
    // «Bài viết mới» from the menu while an article is open: held, then done once by the library when it shows.
    holdCommand('article.new');
    const onNew = vi.fn();
    const onFile = vi.fn();
    const unmount = mount(<Library onNew={onNew} onFile={onFile} />);
    expect(onNew).toHaveBeenCalledTimes(1);
    expect(runCommand('article.new')).toBe(true);
    expect(onNew).toHaveBeenCalledTimes(2);
    const file = new File(['PK'], 'Hội nghị.toasoan');
    expect(deliverFile('open', file)).toBe(true);
    expect(onFile).toHaveBeenCalledWith(file);
    unmount();
    expect(runCommand('article.new')).toBe(false);
    expect(deliverFile('open', file)).toBe(false);
    holdFile('open', file);
    const later = vi.fn();
    const again = mount(<Library onNew={vi.fn()} onFile={later} />);
    expect(later).toHaveBeenCalledWith(file);
    again();
  });

  it('undo and redo go to the editor under the focus, else to the field', () => {
    const editor = { commands: { undo: vi.fn(() => true), redo: vi.fn(() => true) } };
    const prose = Object.assign(document.createElement('div'), { editor });
    prose.className = 'ProseMirror';
    const paragraph = document.createElement('p');
    prose.append(paragraph);
    undoOrRedo('undo', paragraph);
    undoOrRedo('redo', prose);
    expect(editor.commands.undo).toHaveBeenCalledTimes(1);
    expect(editor.commands.redo).toHaveBeenCalledTimes(1);
    const execCommand = vi.fn(() => true);
    Object.assign(document, { execCommand });
    undoOrRedo('undo', document.createElement('input'));
    expect(execCommand).toHaveBeenCalledWith('undo');
  });

  it('listens through the preload and drops what is not of the contract’s shape', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    window.toasoan = { call: vi.fn(), on: (name, listener) => (listeners.set(name, listener), () => listeners.delete(name)) };
    const commands = vi.fn();
    const files = vi.fn();
    const stop = onAppEvent('app.command', commands);
    onAppEvent('app.openFile', files);
    listeners.get('app.command')?.({ command: 'article.new' });
    listeners.get('app.command')?.({ command: 'shell.open' });
    listeners.get('app.command')?.(null);
    expect(commands.mock.calls).toEqual([[{ command: 'article.new' }]]);
    const bytes = new Uint8Array([80, 75]);
    listeners.get('app.openFile')?.({ fileName: 'bai.toasoan', bytes, intent: 'open' });
    listeners.get('app.openFile')?.({ fileName: 'virus.exe', bytes, intent: 'open' });
    listeners.get('app.openFile')?.({ fileName: 'bai.docx', bytes: 'UEs=', intent: 'open' });
    listeners.get('app.openFile')?.({ fileName: 'bai.docx', bytes, intent: 'run' });
    expect(files).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners.has('app.command')).toBe(false);
    delete window.toasoan;
    expect(onAppEvent('app.command', commands)).toBeTypeOf('function');
  });
});
