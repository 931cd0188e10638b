import type { ApiHandlers } from '../../shared/api/contract';
import { ArticleService, type ArticleServiceOptions } from './articles/article-service';
import { NoticeBoard } from './notices';

export interface ServicesOptions extends Omit<ArticleServiceOptions, 'notices'> {
  appVersion: string;
}

export interface Services {
  handlers: ApiHandlers;
  articles: ArticleService;
  notices: NoticeBoard;
  close(): Promise<void>;
}

/** Every service the renderer can reach, bound to the contract. Plain Node: no Electron here. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const notices = new NoticeBoard(options.now);
  const articles = await ArticleService.open({ ...options, notices });
  const handlers: ApiHandlers = {
    'app.info': async () => ({ version: options.appVersion, readOnly: articles.readOnly, notices: notices.list() }),
    'app.dismissNotice': async ({ id }) => {
      notices.dismiss(id);
      return { ok: true };
    },
    'settings.get': async () => articles.settings(),
    'settings.update': (patch) => articles.updateSettings(patch),
    'articles.list': (input) => articles.list(input),
    'articles.create': (input) => articles.create(input),
    'articles.get': ({ id }) => articles.get(id),
    'articles.save': (input) => articles.save(input),
    'articles.trash': ({ id }) => articles.trash(id),
    'articles.restore': ({ id }) => articles.restore(id),
    'articles.deleteForever': ({ id }) => articles.deleteForever(id),
    'articles.emptyTrash': () => articles.emptyTrash(),
    'versions.list': ({ id }) => articles.listVersions(id),
    'versions.get': ({ id, versionId }) => articles.getVersion(id, versionId),
    'versions.create': ({ id }) => articles.createVersion(id),
    'versions.restore': ({ id, versionId }) => articles.restoreVersion(id, versionId),
  };
  return { handlers, articles, notices, close: () => articles.close() };
}
