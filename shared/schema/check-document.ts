import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import type { DocNode } from '../article/model';
import { ALLOWED_LINK_PROTOCOLS, articleSchemaExtensions } from './article-schema';

let schema: Schema | null = null;

const HEADING_LEVELS = [2, 3, 4];
const PHOTO_ID = /^[a-z0-9-]{6,64}$/;

/**
 * Why the editor could not show this body, or null when it can: node and mark types it knows, in the places its
 * schema allows, with attributes it would keep (heading levels, link addresses, photo ids). A body that fails is
 * refused with the reason, never stored to open empty and be autosaved over.
 */
export function documentProblem(doc: DocNode): string | null {
  schema ??= getSchema(articleSchemaExtensions());
  const known = schema;
  let problem: string | null = null;
  const visit = (node: DocNode): void => {
    if (problem) return;
    if (!known.nodes[node.type]) {
      problem = `Bài có một thành phần mà trình soạn thảo không hiển thị được («${node.type}»)`;
      return;
    }
    for (const mark of node.marks ?? []) {
      if (!known.marks[mark.type]) problem = `Bài có một kiểu chữ mà trình soạn thảo không biết («${mark.type}»)`;
      else if (mark.type === 'link' && !allowedLink(mark.attrs?.href)) problem = `Bài có một liên kết không được phép («${String(mark.attrs?.href).slice(0, 80)}»)`;
    }
    if (node.type === 'heading' && !HEADING_LEVELS.includes(Number(node.attrs?.level ?? 2))) problem = `Bài có tiêu đề mục cấp ${String(node.attrs?.level)}; chỉ dùng cấp 2–4`;
    if (node.type === 'figure') {
      for (const key of ['photoId', 'articleId'] as const) {
        const value = node.attrs?.[key];
        if (value !== undefined && value !== null && (typeof value !== 'string' || !PHOTO_ID.test(value))) problem = 'Bài có một ảnh với mã không hợp lệ';
      }
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  if (problem) return `${problem}. Bài không được lưu để không mất nội dung.`;
  try {
    known.nodeFromJSON(doc).check();
    return null;
  } catch {
    return 'Cấu trúc nội dung bài không hợp lệ (một khối đặt sai chỗ). Bài không được lưu để không mất nội dung.';
  }
}

function allowedLink(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  // A relative address (no scheme) is kept as it is; a scheme must be one the editor allows.
  return !scheme || ALLOWED_LINK_PROTOCOLS.includes(scheme[1].toLowerCase());
}
