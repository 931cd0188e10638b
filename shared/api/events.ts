/**
 * What the app tells the page without being asked. From the desktop shell (Electron only): a command from the
 * application menu, a file to open. From the services (IPC events in Electron, Server-Sent Events from the
 * browser host, behind the same token and origin checks): a publishing job's progress, the notices, an article
 * saved by another window. Plain lists, no zod: the preload checks names with them.
 */
import type { ArticleStatus } from '../article/status';
import type { Notice } from './contract';
import type { PublishJob } from '../publish/model';

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

export interface ServiceEvents {
  /** A publishing job changed (a step done, waiting, failed, published). */
  'publish.job': PublishJob;
  /** The notices changed: the whole list, and its revision (app.info's noticesRevision counts the same way). */
  'app.notices': { notices: Notice[]; revision: number };
  /** An article was saved (by any window, or a background job): its new revision and state. */
  'article.changed': { id: string; revision: number; status: ArticleStatus; updatedAt: number };
  /** «Kho bài trên cổng» is being brought up to date: posts brought in so far, and how it ended. */
  'archive.progress': { portalId: string; phase: 'changes' | 'deletions'; fetched: number; state: 'running' | 'done' | 'cancelled' | 'failed'; message?: string };
  /** The search index is being brought up to date (done of total articles); null when it is. */
  'search.indexing': { progress: { done: number; total: number } | null };
}
export type ServiceEventName = keyof ServiceEvents;
export const SERVICE_EVENT_NAMES: readonly ServiceEventName[] = ['publish.job', 'app.notices', 'article.changed', 'search.indexing', 'archive.progress'];

export interface AppEvents extends ServiceEvents {
  'app.command': { command: AppCommand };
  'app.openFile': { fileName: string; bytes: Uint8Array; intent: FileIntent };
}
export type EventName = keyof AppEvents;

export const EVENT_NAMES: readonly EventName[] = ['app.command', 'app.openFile', ...SERVICE_EVENT_NAMES];
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
