import type { DocNode } from './model';

const BLOCK_SEPARATOR = '\n';

/** The plain text of a TipTap document: one line per block, for counting and searching. */
export function docToPlainText(doc: DocNode): string {
  const lines: string[] = [];
  let current = '';
  const visit = (node: DocNode): void => {
    if (node.type === 'text') {
      current += node.text ?? '';
      return;
    }
    if (node.type === 'hardBreak') {
      current += BLOCK_SEPARATOR;
      return;
    }
    const isTextBlock = node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak');
    for (const child of node.content ?? []) visit(child);
    if (isTextBlock || node.type === 'paragraph' || node.type === 'heading') {
      lines.push(current);
      current = '';
    }
  };
  visit(doc);
  if (current) lines.push(current);
  return lines.filter((line) => line.length > 0).join(BLOCK_SEPARATOR);
}

/** Every string in a document in NFC, whatever the editor or a paste delivered. */
export function normalizeDoc(node: DocNode): DocNode {
  const copy: DocNode = { ...node };
  if (typeof node.text === 'string') copy.text = node.text.normalize('NFC');
  if (node.content) copy.content = node.content.map(normalizeDoc);
  if (node.attrs) {
    const attrs: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node.attrs)) {
      attrs[key] = typeof value === 'string' ? value.normalize('NFC') : value;
    }
    copy.attrs = attrs;
  }
  return copy;
}
