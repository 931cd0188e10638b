import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../services/storage/atomic-write';

/** Where the window was and how big, kept across restarts (`window-state.json` in the data folder). */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 };
/** How much of the window must stay on a screen for it to be put back where it was: enough to grab its title bar. */
const VISIBLE = { width: 160, height: 48 };

export function windowStateFile(dataDir: string): string {
  return join(dataDir, 'window-state.json');
}

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000;

/** The saved state, or the default one when there is none or it cannot be read (it is only a convenience). */
export function readWindowState(file: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!isInt(raw.width) || !isInt(raw.height)) return DEFAULT_WINDOW_STATE;
    const state: WindowState = { width: raw.width, height: raw.height, maximized: raw.maximized === true };
    if (isInt(raw.x) && isInt(raw.y)) Object.assign(state, { x: raw.x, y: raw.y });
    return state;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The state fitted to the screens there are now: a window whose screen has gone (a projector unplugged, a
 * laptop off its dock) loses its place and opens centred; none is larger than the largest screen.
 */
export function fitToScreens(state: WindowState, workAreas: Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const widest = Math.max(...workAreas.map((area) => area.width));
  const tallest = Math.max(...workAreas.map((area) => area.height));
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(state.width, widest));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(state.height, tallest));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const bounds = { x: state.x, y: state.y, width, height };
  const onScreen = workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= VISIBLE.width && shared.height >= VISIBLE.height && state.y! >= area.y && state.y! < area.y + area.height;
  });
  return onScreen ? { ...fitted, x: state.x, y: state.y } : fitted;
}

interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isMinimized(): boolean;
}

/** Saves the window's place as it changes (half a second after the last move) and when it closes. */
export function trackWindowState(window: TrackedWindow, file: string, delayMs = 500): () => Promise<void> {
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isMinimized()) return writing;
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    writing = writing.then(() => writeFileAtomic(file, JSON.stringify(state)).catch(() => undefined));
    return writing;
  };
  const later = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => void save());
  return save;
}
