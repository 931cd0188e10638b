import type { DocNode } from './model';

/**
 * What an editor changed in an article's body since the body it last saved: the top-level blocks `from` to `to`
 * of that body (which had `blocks` of them) replaced by `nodes`. A save of a 20,000-word article then carries the
 * paragraph being typed in, not the whole article (issue 14); the services put the change into the body they
 * hold, and only when that body is the one the change was made on.
 */
export interface BodyChange {
  blocks: number;
  from: number;
  to: number;
  nodes: DocNode[];
}

/** A document's top-level blocks as ProseMirror gives them (`doc.childCount`, `doc.child(i)`). */
export interface Blocks<Block> {
  readonly childCount: number;
  child(index: number): Block;
}

/**
 * The range of blocks that differ between two versions of one document, comparing blocks by identity: ProseMirror
 * keeps every block an edit did not touch as the very same object, so the unchanged head and tail cost nothing to
 * find. Null when nothing differs. `before[from, to)` became `after[from, afterTo)`.
 */
export function changedRange<Block>(before: Blocks<Block>, after: Blocks<Block>): { from: number; to: number; afterTo: number } | null {
  const shorter = Math.min(before.childCount, after.childCount);
  let from = 0;
  while (from < shorter && before.child(from) === after.child(from)) from += 1;
  if (from === before.childCount && from === after.childCount) return null;
  let tail = 0;
  while (tail < shorter - from && before.child(before.childCount - 1 - tail) === after.child(after.childCount - 1 - tail)) tail += 1;
  return { from, to: before.childCount - tail, afterTo: after.childCount - tail };
}

/** The body with the change put in; null when the change was not made on this body (its block count differs). */
export function applyBodyChange(body: DocNode, change: BodyChange): DocNode | null {
  const blocks = body.content ?? [];
  if (blocks.length !== change.blocks || change.from > change.to || change.to > blocks.length) return null;
  return { ...body, content: [...blocks.slice(0, change.from), ...change.nodes, ...blocks.slice(change.to)] };
}

/** The change that turns the body an editor saved into the one it holds now (an empty one when only fields changed). */
export function bodyChangeBetween<Block extends { toJSON(): unknown }>(before: Blocks<Block>, after: Blocks<Block>): BodyChange {
  const range = changedRange(before, after);
  const nodes: DocNode[] = [];
  if (range) for (let index = range.from; index < range.afterTo; index += 1) nodes.push(after.child(index).toJSON() as DocNode);
  return { blocks: before.childCount, from: range?.from ?? 0, to: range?.to ?? 0, nodes };
}
