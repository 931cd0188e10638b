import { useEffect, useRef } from 'react';
import type { AppCommand, FileIntent } from '../../../shared/api/events';

/**
 * Commands from the desktop app's menu, and files it opens, handed to whichever screen can carry them out. The
 * screen shown last registers last and is asked first. A command or a file that arrives while no screen can
 * take it (the menu's «Bài viết mới» while an article is open) waits for the next screen that registers for it.
 */
type Handler<T> = (value: T) => void;

class Registry<K, T> {
  private readonly handlers = new Map<K, Handler<T>[]>();
  private readonly waiting = new Map<K, T[]>();

  register(key: K, handler: Handler<T>): () => void {
    this.handlers.set(key, [...(this.handlers.get(key) ?? []), handler]);
    const waiting = this.waiting.get(key) ?? [];
    this.waiting.delete(key);
    for (const value of waiting) handler(value);
    return () => this.handlers.set(key, (this.handlers.get(key) ?? []).filter((item) => item !== handler));
  }

  /** Carries it out now if a screen can; false otherwise. */
  run(key: K, value: T): boolean {
    const handler = this.handlers.get(key)?.at(-1);
    if (!handler) return false;
    handler(value);
    return true;
  }

  /** Keeps it for the next screen that registers for it. */
  hold(key: K, value: T): void {
    this.waiting.set(key, [...(this.waiting.get(key) ?? []), value]);
  }
}

const commands = new Registry<AppCommand, void>();
const files = new Registry<FileIntent, File>();

export const runCommand = (command: AppCommand): boolean => commands.run(command, undefined);
export const holdCommand = (command: AppCommand): void => commands.hold(command, undefined);
export const deliverFile = (intent: FileIntent, file: File): boolean => files.run(intent, file);
export const holdFile = (intent: FileIntent, file: File): void => files.hold(intent, file);

/** Registers what a screen does for a command while it is shown; the handler may change on every render. */
export function useCommands(handlers: Partial<Record<AppCommand, () => void>>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const names = Object.keys(handlers).sort().join(' ');
  useEffect(() => {
    const stops = (names ? (names.split(' ') as AppCommand[]) : []).map((command) => commands.register(command, () => latest.current[command]?.()));
    return () => stops.forEach((stop) => stop());
  }, [names]);
}

/** Registers what a screen does with a file the desktop app opens. */
export function useFileHandler(intent: FileIntent, handler: (file: File) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => files.register(intent, (file) => latest.current(file)), [intent]);
}

interface UndoableEditor {
  commands: { undo(): boolean; redo(): boolean };
}

/** Undo and redo from the menu: the editor's own history where the focus is in it, else the field's. */
export function undoOrRedo(which: 'undo' | 'redo', active: Element | null = document.activeElement): void {
  const editable = active?.closest('.ProseMirror') as (Element & { editor?: UndoableEditor }) | null | undefined;
  if (editable?.editor) editable.editor.commands[which]();
  else document.execCommand(which);
}
