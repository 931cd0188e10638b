import { useSyncExternalStore } from 'react';
import type { PlacedFinding } from '../../../shared/style/types';

/** The open article's findings, read where they are shown (the header's count, the fields, the panel). */
export interface FindingsSource {
  subscribe: (watcher: () => void) => () => void;
  get: () => PlacedFinding[];
}

/**
 * Holds the last check's findings for the screen: a new list re-renders the components that show findings, not the
 * whole editor around them (issue 14: a check after each pause in typing re-rendered the editor).
 */
export class FindingsStore implements FindingsSource {
  private list: PlacedFinding[] = [];
  private readonly watchers = new Set<() => void>();

  readonly get = (): PlacedFinding[] => this.list;

  readonly subscribe = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  };

  set(list: PlacedFinding[]): void {
    this.list = list;
    for (const watcher of [...this.watchers]) watcher();
  }
}

/** The findings as they are now; the component re-renders when a check changes them. */
export function useFindings(source: FindingsSource): PlacedFinding[] {
  return useSyncExternalStore(source.subscribe, source.get);
}
