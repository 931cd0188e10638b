import { describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../electron/services/notices';

describe('the notice board', () => {
  it('counts every change, tells each with its revision, and gives the page the list with the same count', () => {
    let clock = 1_000;
    const told: { messages: string[]; revision: number }[] = [];
    const board = new NoticeBoard(
      () => clock,
      (list, revision) => told.push({ messages: list.map((notice) => notice.message), revision }),
    );
    const start = board.current();
    expect(start).toEqual({ notices: [], revision: 1_000 });
    const damaged = board.add('warning', 'Tệp của bài «Hội nghị sơ kết» bị hỏng.');
    board.add('info', 'Dữ liệu đã được nâng cấp.');
    board.dismiss(damaged.id);
    // Dismissing what is not there changes nothing and tells nothing.
    board.dismiss(damaged.id);
    expect(told.map((change) => change.revision)).toEqual([1_001, 1_002, 1_003]);
    expect(told.at(-1)?.messages).toEqual(['Dữ liệu đã được nâng cấp.']);
    expect(board.current()).toEqual({ notices: board.list(), revision: 1_003 });
    // Services started later (the clock moved on) count above every list of the ones before.
    clock = 5_000;
    expect(new NoticeBoard(() => clock).current().revision).toBeGreaterThan(board.current().revision);
  });
});
