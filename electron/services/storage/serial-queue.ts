/**
 * Runs tasks one after another, in the order they were queued, so that no two writes to the same
 * files interleave. A failed task rejects its own caller and does not stop the queue.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once everything queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

/**
 * One queue per key (an article): writes to one article's files go one after another, different articles' at
 * once. A key's queue is let go once it is idle, so a long session does not keep one per article ever touched.
 */
export class KeyedQueue {
  private readonly queues = new Map<string, { queue: SerialQueue; pending: number }>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    let entry = this.queues.get(key);
    if (!entry) {
      entry = { queue: new SerialQueue(), pending: 0 };
      this.queues.set(key, entry);
    }
    const held = entry;
    held.pending += 1;
    return held.queue.run(task).finally(() => {
      held.pending -= 1;
      if (held.pending === 0 && this.queues.get(key) === held) this.queues.delete(key);
    });
  }

  /** Resolves once everything queued so far, for every key, has finished. */
  async idle(): Promise<void> {
    await Promise.all([...this.queues.values()].map((entry) => entry.queue.idle()));
  }
}
