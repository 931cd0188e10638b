import { countWords } from '../text/count';
import { docToPlainText } from './doc-text';
import type { Article, ArticleSummary } from './model';

const EXCERPT_LENGTH = 160;

export function articleText(article: Pick<Article, 'title' | 'lead' | 'body' | 'byline'>): string {
  return [article.title, article.lead, docToPlainText(article.body), article.byline].join('\n');
}

export function summarize(article: Article): ArticleSummary {
  const bodyText = docToPlainText(article.body);
  const source = (article.lead || bodyText).replace(/\s+/g, ' ').trim();
  return {
    id: article.id,
    title: article.title,
    status: article.status,
    author: article.author,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    deletedAt: article.deletedAt,
    wordCount: countWords([article.title, article.lead, bodyText, article.byline].join('\n')),
    excerpt: source.length > EXCERPT_LENGTH ? `${source.slice(0, EXCERPT_LENGTH - 1)}…` : source,
  };
}
