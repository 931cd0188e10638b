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
  const errors = styleFindings(article, style).filter((finding) => finding.severity === 'error');
  listed(errors, add, 'lỗi');
  return problems;
}

/** The same configuration as the editor's (shared/style/config.ts): the office's tone, the event's date, spelling. */
function styleFindings(article: Article, style: StyleConfig) {
  return new StyleChecker(style).checkArticle({ title: article.title, lead: article.lead, byline: article.byline, blocks: blocks(article.body) });
}

/** Five findings said one by one, the rest counted. */
function listed(findings: { rule: string; message: string }[], add: (field: Problem['field'], rule: string, message: string) => void, kind: 'lỗi' | 'lưu ý'): void {
  for (const finding of findings.slice(0, 5)) add('style', finding.rule, `${finding.rule === 'spelling' ? 'Chính tả' : 'Văn phong'}: ${finding.message}`);
  if (findings.length > 5) add('style', 'more', `… và ${findings.length - 5} ${kind} khác (xem bảng «Kiểm tra»).`);
}

/**
 * What the person should look at before sending for review, without it stopping them: spelling findings, unless
 * the office made spelling block a submission (then they are errors, in `submissionProblems`).
 */
export function submissionWarnings(article: Article, style: StyleConfig): Problem[] {
  const warnings: Problem[] = [];
  const spelling = styleFindings(article, style).filter((finding) => finding.rule === 'spelling' && finding.severity === 'warning');
  listed(spelling, (field, rule, message) => warnings.push({ field, rule, message }), 'lưu ý');
  return warnings;
}
