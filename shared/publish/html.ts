import type { DocNode } from '../article/model';

export interface PlacedMedia {
  /** The portal's id of the uploaded photo (WordPress counts; other portals may use any text). */
  id: string;
  url: string;
  alt: string;
  credit: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  return /^(https?:|mailto:)/i.test(href) ? href : null;
}

function inline(node: DocNode): string {
  if (node.type === 'hardBreak') return '<br>';
  if (node.type !== 'text') return (node.content ?? []).map(inline).join('');
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'underline') html = `<u>${html}</u>`;
    else if (mark.type === 'strike') html = `<s>${html}</s>`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
    }
  }
  return html;
}

function block(node: DocNode, media: (photoId: string) => PlacedMedia | undefined): string {
  const children = (node.content ?? []).map((child) => block(child, media)).join('');
  const text = (node.content ?? []).map(inline).join('');
  switch (node.type) {
    case 'paragraph':
      return text ? `<p>${text}</p>` : '';
    case 'heading': {
      const level = Math.min(4, Math.max(2, Number(node.attrs?.level ?? 2)));
      return `<h${level}>${text}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${children}</ul>`;
    case 'orderedList':
      return `<ol>${children}</ol>`;
    case 'listItem':
      return `<li>${(node.content ?? []).map((child) => (child.type === 'paragraph' ? (child.content ?? []).map(inline).join('') : block(child, media))).join('')}</li>`;
    case 'blockquote':
      return `<blockquote>${children}</blockquote>`;
    case 'table':
      return `<figure class="wp-block-table"><table><tbody>${children}</tbody></table></figure>`;
    case 'tableRow':
      return `<tr>${children}</tr>`;
    case 'tableHeader':
      return `<th>${(node.content ?? []).map((child) => (child.content ?? []).map(inline).join('')).join('<br>')}</th>`;
    case 'tableCell':
      return `<td>${(node.content ?? []).map((child) => (child.content ?? []).map(inline).join('')).join('<br>')}</td>`;
    case 'horizontalRule':
      return '<hr>';
    case 'figure': {
      const photoId = typeof node.attrs?.photoId === 'string' ? node.attrs.photoId : '';
      const placed = media(photoId);
      if (!placed) return '';
      const credit = placed.credit ? ` <span class="photo-credit">(Ảnh: ${escapeHtml(placed.credit)})</span>` : '';
      return (
        `<!-- wp:image {"id":${/^\d+$/.test(placed.id) ? placed.id : JSON.stringify(placed.id)}} --><figure class="wp-block-image"><img src="${escapeHtml(placed.url)}" alt="${escapeHtml(placed.alt)}" class="wp-image-${escapeHtml(placed.id)}"/>` +
        `<figcaption class="wp-element-caption">${text}${credit}</figcaption></figure><!-- /wp:image -->`
      );
    }
    default:
      return children;
  }
}

/** The body as the portal shows it: clean HTML, figures pointing at the uploaded media, the byline last. */
export function portalHtml(body: DocNode, byline: string, media: (photoId: string) => PlacedMedia | undefined): string {
  const html = (body.content ?? []).map((node) => block(node, media)).join('\n');
  return byline.trim() ? `${html}\n<p class="byline"><strong>${escapeHtml(byline.trim())}</strong></p>` : html;
}

/** The photos a body shows, in order, each once. */
export function figurePhotoIds(body: DocNode): string[] {
  const ids: string[] = [];
  const visit = (node: DocNode): void => {
    if (node.type === 'figure' && typeof node.attrs?.photoId === 'string' && !ids.includes(node.attrs.photoId)) ids.push(node.attrs.photoId);
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return ids;
}

/** "Hội nghị sơ kết Quy chế" → "hoi-nghi-so-ket-quy-che". */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);
}
