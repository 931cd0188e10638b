import type { ServiceEventName, ServiceEvents } from '../../shared/api/events';

type Listener = <N extends ServiceEventName>(name: N, payload: ServiceEvents[N]) => void;

/**
 * The services' events for whoever listens: the Electron main process (to each window over IPC) and the
 * browser host (to each page over Server-Sent Events). A listener that throws never stops the others.
 */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit<N extends ServiceEventName>(name: N, payload: ServiceEvents[N]): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // A closed window or page: its own listener is removed by its owner.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
