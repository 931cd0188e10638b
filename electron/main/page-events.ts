import type { WebContents } from 'electron';
import { EVENT_PREFIX, type AppEvents, type EventName, type ServiceEventName, type ServiceEvents } from '../../shared/api/events';

/**
 * Events for the page, held until the page listens for them: a file given on the command line arrives before
 * the page has loaded, and must be opened once it can be. A reload starts listening afresh.
 */
export class PageEvents {
  private readonly listening = new Set<EventName>();
  private waiting: { name: EventName; payload: unknown }[] = [];

  constructor(private readonly page: () => Pick<WebContents, 'send'> | null) {}

  send<N extends EventName>(name: N, payload: AppEvents[N]): void {
    const page = this.page();
    if (page && this.listening.has(name)) page.send(`${EVENT_PREFIX}${name}`, payload);
    else this.waiting.push({ name, payload });
  }

  listens(name: EventName): void {
    this.listening.add(name);
    const page = this.page();
    if (!page) return;
    const ready = this.waiting.filter((event) => event.name === name);
    this.waiting = this.waiting.filter((event) => event.name !== name);
    for (const event of ready) page.send(`${EVENT_PREFIX}${event.name}`, event.payload);
  }

  /** An event of the services: to the page if it listens now, else dropped (it reads the state when it starts). */
  broadcast<N extends ServiceEventName>(name: N, payload: ServiceEvents[N]): void {
    const page = this.page();
    if (page && this.listening.has(name)) page.send(`${EVENT_PREFIX}${name}`, payload);
  }

  /** The page is loading again: nothing listens until it says so. */
  reloaded(): void {
    this.listening.clear();
  }
}
