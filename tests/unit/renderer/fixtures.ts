import type { Article } from '../../../shared/article/model';

/** An article as the services hand it to the page (a draft of revision 3). */
export function storedArticle(part: Partial<Article> = {}): Article {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    title: 'Hội nghị sơ kết',
    lead: 'Sáng 29/1, …',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một đoạn.' }] }] },
    byline: 'Trần Thị Thử',
    author: 'Trần Thị Thử',
    status: 'draft',
    createdAt: 1,
    updatedAt: 2,
    deletedAt: null,
    revision: 3,
    categories: ['Tin hoạt động'],
    tags: [],
    ...part,
  };
}
