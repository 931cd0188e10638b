import type { ApiHandlers } from '../../shared/api/contract';
import { ArticleService, type ArticleServiceOptions } from './articles/article-service';
import { NoticeBoard } from './notices';
import { OfficeService } from './office/office-service';

export interface ServicesOptions extends Omit<ArticleServiceOptions, 'notices'> {
  appVersion: string;
}

export interface Services {
  handlers: ApiHandlers;
  articles: ArticleService;
  office: OfficeService;
  notices: NoticeBoard;
  close(): Promise<void>;
}

/** Every service the renderer can reach, bound to the contract. Plain Node: no Electron here. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const notices = new NoticeBoard(options.now);
  const articles = await ArticleService.open({ ...options, notices });
  const office = await OfficeService.open(options.dataDir, notices);
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
    'office.get': async () => office.get(),
    'office.saveAbbreviations': ({ entries }) => office.saveAbbreviations(entries),
    'office.saveOfficial': (official) => office.saveOfficial(official),
    'office.deleteOfficial': ({ id }) => office.deleteOfficial(id),
    'office.importOfficials': ({ base64 }) => office.importOfficials(Buffer.from(base64, 'base64')),
    'office.exportOfficials': async () => ({ fileName: 'danh-ba-can-bo.csv', base64: Buffer.from(office.exportOfficials()).toString('base64') }),
    'office.saveCode': (entry) => office.saveCode(entry),
    'office.deleteCode': ({ code }) => office.deleteCode(code),
  };
  return { handlers, articles, office, notices, close: () => articles.close() };
}
