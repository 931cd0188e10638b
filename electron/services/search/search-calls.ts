import type { ApiHandlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { docToPlainText } from '../../../shared/article/doc-text';
import { archiveRef } from '../../../shared/search/ids';
import { presentList } from '../../../shared/search/related';
import type { ArchiveService } from '../archive/archive-service';
import { htmlText } from '../archive/archive-service';
import type { ArticleService } from '../articles/article-service';
import { searchDoc } from '../articles/search-index';
import { COUNT_CAP, type SearchStore } from './search-store';

type SearchCalls = Pick<ApiHandlers, 'search.query' | 'search.categories' | 'search.related' | 'search.reference'>;

/** The calls of the one search over own articles and the portal's archive. */
export function searchCalls(articles: ArticleService, archive: ArchiveService): SearchCalls {
  const index = (): SearchStore => {
    const store = articles.searchIndex();
    if (!store) throw new ApiError('UNAVAILABLE', 'Chỉ mục tìm kiếm không mở được trên máy này (thư mục dữ liệu chỉ đọc?).');
    return store;
  };
  return {
    'search.query': async ({ query, source, from, to, kind, category, offset, limit }) => {
      const store = index();
      const filter = { source, from, to, kind, category };
      const page = store.search(query, filter, { limit: limit ?? 30, offset });
      const total = store.count(query, filter);
      const hits = await Promise.all(page.hits.map(async (hit) => ({ ...hit, thumbnail: await archive.thumbnail(hit.id) })));
      return { hits, total, capped: total >= COUNT_CAP };
    },
    'search.categories': async () => ({ categories: index().categories() }),
    'search.related': async ({ id, limit }) => {
      const article = await articles.get(id);
      const kind = searchDoc(article).kind ?? '';
      // «The same body»: who organised the event, as the template was told.
      const organiser = String(article.template?.values?.organiser ?? '').trim();
      const hits = index().related({ id, title: article.title, kind, body: organiser || undefined }, limit ?? 20);
      return { hits: hits.map(({ category: _category, ...hit }) => hit) };
    },
    'search.reference': async ({ id }) => {
      const ref = archiveRef(id);
      if (ref) {
        const post = await archive.get(ref.portalId, ref.postId);
        if (!post) throw new ApiError('NOT_FOUND', 'Không có bài này trong kho bài trên cổng.');
        const lead = htmlText(post.lead);
        const paragraphs = htmlText(post.html).split('\n').filter(Boolean);
        return { id, source: 'archive' as const, title: post.title, date: Date.parse(post.published) || 0, lead, paragraphs, present: presentList([lead, ...paragraphs]), link: post.link };
      }
      const article = await articles.get(id);
      const paragraphs = docToPlainText(article.body)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return { id, source: 'own' as const, title: article.title, date: article.updatedAt, lead: article.lead, paragraphs, present: presentList([article.lead, ...paragraphs]), link: '' };
    },
  };
}
