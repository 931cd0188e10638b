import { randomUUID } from 'node:crypto';
import type { Notice } from '../../shared/api/contract';

/** Things the person must be told about that happened outside any call: a damaged file moved aside, say. */
export class NoticeBoard {
  private readonly notices: Notice[] = [];
  /**
   * Which list this is: one more at every change, so the page keeps the newest of the lists that reach it (an answer
   * to `app.info` asked before a notice was added can arrive after that notice's event). It starts from the clock,
   * so the lists of services started later count above those of services before them.
   */
  private revision: number;

  constructor(
    private readonly now: () => number = Date.now,
    /** Told the whole list whenever it changes (the services' events), with its revision. */
    private readonly onChange: (notices: Notice[], revision: number) => void = () => undefined,
  ) {
    this.revision = now();
  }

  add(level: Notice['level'], message: string): Notice {
    const notice: Notice = { id: randomUUID(), level, message: message.normalize('NFC'), at: this.now() };
    this.notices.push(notice);
    this.changed();
    return notice;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  /** The list with its revision, as the page is given it. */
  current(): { notices: Notice[]; revision: number } {
    return { notices: this.list(), revision: this.revision };
  }

  dismiss(id: string): void {
    const index = this.notices.findIndex((notice) => notice.id === id);
    if (index >= 0) {
      this.notices.splice(index, 1);
      this.changed();
    }
  }

  private changed(): void {
    this.revision += 1;
    this.onChange(this.list(), this.revision);
  }
}
