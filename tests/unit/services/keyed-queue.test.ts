import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../electron/services/storage/serial-queue';

describe('the per-article queue', () => {
  it('runs one article’s tasks one after another, other articles’ alongside, and lets an idle queue go', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const step = (name: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => (order.push(name), resolve()), ms));
    await Promise.all([queue.run('a', step('a1', 30)), queue.run('a', step('a2', 1)), queue.run('b', step('b1', 5))]);
    expect(order).toEqual(['b1', 'a1', 'a2']);
    expect((queue as unknown as { queues: Map<string, unknown> }).queues.size).toBe(0);
    await expect(queue.run('a', async () => Promise.reject(new Error('hỏng')))).rejects.toThrow('hỏng');
    await expect(queue.run('a', async () => 'vẫn chạy')).resolves.toBe('vẫn chạy');
  });
});
