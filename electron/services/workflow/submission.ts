import type { Problem } from '../../../shared/api/errors';
import type { Article, DocNode } from '../../../shared/article/model';
import { StyleChecker } from '../../../shared/style/check';
import { docToPlainText } from '../../../shared/article/doc-text';
import type { MediaService } from '../media/media-service';
import type { StyleConfig } from '../../../shared/style/types';

function figures(node: DocNode, found: { photoId: string; caption: string }[] = []): { photoId: string; caption: string }[] {
  if (node.type === 'figure' && typeof node.attrs?.photoId === 'string') found.push({ photoId: node.attrs.photoId, caption: docToPlainText(node) });
  for (const child of node.content ?? []) figures(child, found);
  return found;
}

function blocks(node: DocNode, found: string[] = []): string[] {
  const isTextBlock = node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak') ?? false;
  if (isTextBlock || node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure') {
    found.push(docToPlainText({ type: 'doc', content: [node] }));
    return found;
  }
  for (const child of node.content ?? []) blocks(child, found);
  return found;
}

/**
 * What an article lacks before it may go to review: title, lead, a category (or a portal's default), the byline, alt text on
 * every photo in it, and no style error of the blocking kind. The same checker the editor runs.
 */
export async function submissionProblems(article: Article, style: StyleConfig, media: MediaService, defaultCategory = false): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (field: Problem['field'], rule: string, message: string): void => {
    problems.push({ field, rule, message });
  };
  if (!article.title.trim()) add('title', 'required', 'Thiếu tiêu đề.');
  if (!article.lead.trim()) add('lead', 'required', 'Thiếu sapo.');
  // Without one of its own, the article goes into the portal's default category, when the portal has one.
  if (!article.categories?.length && !defaultCategory) add('categories', 'required', 'Chưa chọn chuyên mục.');
  if (!article.byline.trim()) add('byline', 'required', 'Thiếu dòng ký tên tác giả cuối bài.');
  const placed = figures(article.body);
  if (placed.length > 0) {
    const photos = new Map((await media.list(article.id)).photos.map((photo) => [photo.id, photo]));
    for (const figure of placed) {
      if (!photos.get(figure.photoId)?.alt.trim()) add('photo', 'alt-text', `Ảnh «${figure.caption || 'không chú thích'}» chưa có mô tả cho người khiếm thị.`);
    }
  }
  // The same configuration as the editor's (shared/style/config.ts): the office's tone, the event's date.
  const checker = new StyleChecker(style);
  const errors = checker
    .checkArticle({ title: article.title, lead: article.lead, byline: article.byline, blocks: blocks(article.body) })
    .filter((finding) => finding.severity === 'error');
  for (const finding of errors.slice(0, 5)) add('style', finding.rule, `Lỗi văn phong: ${finding.message}`);
  if (errors.length > 5) add('style', 'more', `… và ${errors.length - 5} lỗi văn phong khác (xem bảng «Kiểm tra»).`);
  return problems;
}
