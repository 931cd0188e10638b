export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

export interface AutosaveOptions<Content> {
  /** The content as it is now. */
  read: () => Content;
  /**
   * Stores it; resolves with the time the service recorded. `sequence` counts this editor's saves: when the page
   * is being left, a save goes at once, beside one still on its way, and the services keep the later.
   */
  persist: (content: Content, options: { keepalive: boolean; sequence: number }) => Promise<{ updatedAt: number }>;
  /** Told of every change of the save state (the indicator may subscribe instead). */
  onState?: (state: SaveState) => void;
  /** The state before the first change: when the article was last saved. */
  initial?: SaveState;
  errorMessage: (error: unknown) => string;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest a change waits while the person keeps typing: the "within one second" promise. */
  maxWaitMs?: number;
  /** Wait before trying again after a failed save. */
  retryMs?: number;
}

/**
 * Saves the editor's content shortly after every change, one save at a time and in order, and keeps
 * trying after a failure without ever dropping what is on screen.
 */
export class Autosave<Content> {
  private current: SaveState;
  private readonly watchers = new Set<() => void>();
  private dirty = false;
  private firstChangeAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private sequence = 0;
  private disposed = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaveOptions<Content>) {
    this.debounceMs = options.debounceMs ?? 400;
    this.maxWaitMs = options.maxWaitMs ?? 900;
    this.retryMs = options.retryMs ?? 3000;
    this.current = options.initial ?? { kind: 'idle' };
  }

  /** Where saving is: for the indicator, through useSyncExternalStore. */
  readonly state = (): SaveState => this.current;

  readonly subscribe = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  };

  /** Content taken from the services as it is stored (a restored version): saved, at that time. */
  markSaved(at: number): void {
    this.setState({ kind: 'saved', at });
  }

  /** A new state, told only when it differs: a keystroke while a save is pending re-renders nothing. */
  private setState(state: SaveState): void {
    if (state.kind === 'pending' && this.current.kind === 'pending') return;
    this.current = state;
    this.options.onState?.(state);
    for (const watcher of [...this.watchers]) watcher();
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  changed(): void {
    this.disposed = false;
    this.dirty = true;
    const now = Date.now();
    this.firstChangeAt ??= now;
    this.setState({ kind: 'pending' });
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstChangeAt + this.maxWaitMs - now));
    this.schedule(wait);
  }

  /**
   * Saves now whatever is unsaved; resolves when it (and every save before it) is done. With keepalive (the page
   * is being hidden or left) the save is sent at once rather than after the one still on its way: the page may be
   * gone before that one answers.
   */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    this.clearTimer();
    if (options.keepalive) {
      const now = this.saveOnce(true);
      this.chain = Promise.all([this.chain, now]).then(() => undefined);
    } else {
      this.chain = this.chain.then(() => this.saveOnce(false));
    }
    return this.chain;
  }

  /** Stops the timers; a later change starts them again (React may remount the editor). */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(wait: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async saveOnce(keepalive: boolean): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    this.firstChangeAt = null;
    const sequence = ++this.sequence;
    try {
      const { updatedAt } = await this.options.persist(this.options.read(), { keepalive, sequence });
      if (!this.dirty && sequence === this.sequence) this.setState({ kind: 'saved', at: updatedAt });
    } catch (error) {
      this.dirty = true;
      this.setState({ kind: 'error', message: this.options.errorMessage(error) });
      if (!this.disposed) this.schedule(this.retryMs);
    }
  }
}
