import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { applyBodyChange, bodyChangeBetween, changedRange } from '../../../shared/article/body-change';
import { bodyChangeSchema, type DocNode } from '../../../shared/article/model';

/** Blocks as ProseMirror gives them: the same object for a block an edit did not touch. */
class Block {
  constructor(readonly text: string) {}
  toJSON(): DocNode {
    return { type: 'paragraph', content: [{ type: 'text', text: this.text }] };
  }
}
const doc = (...blocks: Block[]) => ({ childCount: blocks.length, child: (index: number) => blocks[index] });

describe('the change between two versions of a body', () => {
  const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((text) => new Block(text));

  it('is the blocks between the unchanged head and tail, compared by identity', () => {
    expect(changedRange(doc(a, b, c), doc(a, b, c))).toBeNull();
    expect(changedRange(doc(a, b, c), doc(a, new Block('B'), c))).toEqual({ from: 1, to: 2, afterTo: 2 });
    expect(changedRange(doc(a, b, c), doc(a, b, d, c))).toEqual({ from: 2, to: 2, afterTo: 3 });
    expect(changedRange(doc(a, b, c), doc(a, c))).toEqual({ from: 1, to: 2, afterTo: 1 });
    expect(changedRange(doc(a, b, c), doc(d))).toEqual({ from: 0, to: 3, afterTo: 1 });
    // A block repeated: the head and tail do not overlap.
    expect(changedRange(doc(a, a), doc(a, a, a))).toEqual({ from: 2, to: 2, afterTo: 3 });
  });

  it('put into the body it was made on gives the new body, and is refused by any other', () => {
    const before = doc(a, b, c);
    const after = doc(a, new Block('B, sửa'), d, c);
    const change = bodyChangeBetween(before, after);
    expect(change).toEqual({ blocks: 3, from: 1, to: 2, nodes: [new Block('B, sửa').toJSON(), d.toJSON()] });
    const body = (...blocks: Block[]): DocNode => ({ type: 'doc', content: blocks.map((block) => block.toJSON()) });
    expect(applyBodyChange(body(a, b, c), change)).toEqual(body(a, new Block('B, sửa'), d, c));
    expect(applyBodyChange(body(a, b, c, d), change)).toBeNull();
    expect(bodyChangeBetween(before, before)).toEqual({ blocks: 3, from: 0, to: 0, nodes: [] });
  });

  it('a forged change (backwards, past the end) is refused at the boundary', () => {
    expect(bodyChangeSchema.safeParse({ blocks: 3, from: 2, to: 1, nodes: [] }).success).toBe(false);
    expect(bodyChangeSchema.safeParse({ blocks: 3, from: 0, to: 4, nodes: [] }).success).toBe(false);
    expect(bodyChangeSchema.safeParse({ blocks: 3, from: 0, to: 3, nodes: [], extra: 1 }).success).toBe(false);
    expect(bodyChangeSchema.safeParse({ blocks: 3, from: 1, to: 3, nodes: [{ type: 'paragraph' }] }).success).toBe(true);
  });

  it('a save carries the body whole or a change, exactly one of them', () => {
    const save = { id: 'a1b2c3d4-0000', baseRevision: 1, title: '', lead: '', byline: '' };
    const input = contract['articles.save'].input;
    expect(input.safeParse({ ...save, body: { type: 'doc', content: [] } }).success).toBe(true);
    expect(input.safeParse({ ...save, bodyChange: { blocks: 0, from: 0, to: 0, nodes: [] } }).success).toBe(true);
    expect(input.safeParse(save).success).toBe(false);
    expect(input.safeParse({ ...save, body: { type: 'doc', content: [] }, bodyChange: { blocks: 0, from: 0, to: 0, nodes: [] } }).success).toBe(false);
  });
});
