import { randomUUID } from 'node:crypto';
import type { Notice } from '../../shared/api/contract';

/** Things the person must be told about that happened outside any call: a damaged file moved aside, say. */
export class NoticeBoard {
  private readonly notices: Notice[] = [];

  constructor(
    private readonly now: () => number = Date.now,
    /** Told the whole list whenever it changes (the services' events). */
    private readonly onChange: (notices: Notice[]) => void = () => undefined,
  ) {}

  add(level: Notice['level'], message: string): Notice {
    const notice: Notice = { id: randomUUID(), level, message: message.normalize('NFC'), at: this.now() };
    this.notices.push(notice);
    this.onChange(this.list());
    return notice;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  dismiss(id: string): void {
    const index = this.notices.findIndex((notice) => notice.id === id);
    if (index >= 0) {
      this.notices.splice(index, 1);
      this.onChange(this.list());
    }
  }
}
