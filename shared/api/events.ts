/**
 * What the main process tells the page (Electron only, for now): a command from the application menu, or a
 * file to open (given on the command line, double-clicked, or chosen in a menu's file dialog). Plain lists, no
 * zod: the preload checks names with them.
 */
export const APP_COMMANDS = [
  'article.new',
  'article.saveVersion',
  'article.versions',
  'article.photos',
  'article.export',
  'article.print',
  'article.convertLegacy',
  'edit.undo',
  'edit.redo',
  'edit.find',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** `open`: a new article or a received package; `insert`: into the open article, at the cursor. */
export type FileIntent = 'open' | 'insert';

export interface AppEvents {
  'app.command': { command: AppCommand };
  'app.openFile': { fileName: string; bytes: Uint8Array; intent: FileIntent };
}
export type EventName = keyof AppEvents;

export const EVENT_NAMES: readonly EventName[] = ['app.command', 'app.openFile'];
export const EVENT_PREFIX = 'toasoan-event:';
/** The page says it listens for an event: what waited for it (a file given at start) is sent then. */
export const SUBSCRIBE_CHANNEL = 'toasoan-subscribe';

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

export function isAppCommand(command: unknown): command is AppCommand {
  return typeof command === 'string' && (APP_COMMANDS as readonly string[]).includes(command);
}

/** The files the app opens from outside, by their ending. */
export function openableKind(fileName: string): 'package' | 'word' | null {
  if (/\.toasoan$/i.test(fileName)) return 'package';
  if (/\.docx$/i.test(fileName)) return 'word';
  return null;
}
