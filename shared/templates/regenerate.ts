import { docToPlainText } from '../article/doc-text';
import type { DocNode } from '../article/model';
import type { TemplateBinding } from './model';
import type { Rendered } from './render';

export interface CurrentText {
  title: string;
  lead: string;
  byline: string;
  body: DocNode;
}

/** A generated part the officer has changed by hand, which new field values would also change. */
export interface Conflict {
  /** 'title', 'lead', 'byline' or a body block's key. */
  part: string;
  label: string;
  current: string;
  proposed: string;
}

export interface Regenerated extends CurrentText {
  generated: TemplateBinding['generated'];
  conflicts: Conflict[];
}

function generatedKey(node: DocNode): string | null {
  const value = node.attrs?.generated;
  return typeof value === 'string' ? value : null;
}

/**
 * Applies a new rendering of the template to the article: what the template wrote and nobody touched
 * is replaced; what the officer changed is kept and reported as a conflict (to be decided by a person);
 * new parts are inserted after the part before them; parts the officer deleted stay deleted.
 * `accept` names conflicts to replace anyway.
 */
export function regenerate(current: CurrentText, previous: TemplateBinding['generated'], next: Rendered, accept: ReadonlySet<string> = new Set()): Regenerated {
  const conflicts: Conflict[] = [];
  const pick = (part: 'title' | 'lead' | 'byline', label: string): string => {
    if (current[part] === next[part]) return current[part];
    if (current[part] === previous[part] || current[part].trim() === '' || accept.has(part)) return next[part];
    conflicts.push({ part, label, current: current[part], proposed: next[part] });
    return current[part];
  };
  const title = pick('title', 'Tiêu đề');
  const lead = pick('lead', 'Sapo');
  const byline = pick('byline', 'Dòng ký tên');

  const nextByKey = new Map(next.blocks.map((block) => [block.key, block]));
  const content: DocNode[] = [];
  const placed = new Set<string>();
  for (const node of current.body.content ?? []) {
    const key = generatedKey(node);
    if (!key || placed.has(key)) {
      content.push(node);
      continue;
    }
    placed.add(key);
    const fresh = nextByKey.get(key);
    const untouched = previous.blocks[key] !== undefined && docToPlainText(node) === previous.blocks[key];
    if (!fresh) {
      // The template no longer writes this part: drop it if it is still as written, keep it if edited.
      if (!untouched) content.push(node);
      continue;
    }
    if (untouched || docToPlainText(node) === fresh.text || accept.has(key)) content.push(fresh.node);
    else {
      content.push(node);
      if (docToPlainText(node) !== fresh.text) conflicts.push({ part: key, label: 'Đoạn trong thân bài', current: docToPlainText(node), proposed: fresh.text });
    }
  }
  // Parts the template writes now and did not before go after the part that precedes them in the template.
  next.blocks.forEach((block, order) => {
    if (placed.has(block.key) || previous.blocks[block.key] !== undefined) return;
    const before = next.blocks.slice(0, order).reverse().find((candidate) => content.some((node) => generatedKey(node) === candidate.key));
    const at = before ? content.findIndex((node) => generatedKey(node) === before.key) + 1 : leadingGeneratedEnd(content);
    content.splice(at, 0, block.node);
    placed.add(block.key);
  });
  const body: DocNode = { ...current.body, content: content.length ? content : [{ type: 'paragraph' }] };
  const generated: TemplateBinding['generated'] = {
    title: next.title,
    lead: next.lead,
    byline: next.byline,
    blocks: Object.fromEntries(next.blocks.map((block) => [block.key, block.text])),
  };
  return { title, lead, byline, body, generated, conflicts };
}

/** Where a first generated block goes when none of its neighbours is in the text: before what the officer added at the end. */
function leadingGeneratedEnd(content: DocNode[]): number {
  let last = -1;
  content.forEach((node, index) => {
    if (generatedKey(node)) last = index;
  });
  if (last >= 0) return last + 1;
  return content.length === 1 && docToPlainText(content[0]) === '' ? 0 : content.length;
}
