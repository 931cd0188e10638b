import type { ApiHandlers } from '../../shared/api/contract';
import { ArticleService, type Actor, type ArticleServiceOptions } from './articles/article-service';
import { CommentService } from './workflow/comments';
import { submissionProblems, submissionWarnings } from './workflow/submission';
import type { Profile } from '../../shared/workflow/model';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { decide } from '../../shared/workflow/machine';
import { DocxImporter } from './import/docx-import';
import { ArticlePackager } from './package/article-package';
import { PortalInbox } from './publish/inbox';
import { Outbox } from './publish/outbox';
import { PortalService } from './publish/portal-service';
import { KeyFileSecretStore, type SecretStore } from './publish/secrets';
import { NoticeBoard } from './notices';
import { makePrivate } from './storage/private-folder';
import { currentSession, Sessions } from './session';
import { EventHub } from './events';
import { ArchiveService, htmlText } from './archive/archive-service';
import { searchCalls } from './search/search-calls';
import { styleConfig } from '../../shared/style/config';
import { builtInLexicon } from './style-defaults';
import type { StyleConfig } from '../../shared/style/types';
import type { Template } from '../../shared/templates/model';
import type { Article } from '../../shared/article/model';
import type { MediaTarget } from '../../shared/media/model';
import { archiveId } from '../../shared/search/ids';
import { FIRST_SCREEN_ROWS, firstScreenHtml } from '../../shared/library/first-screen';
import { OfficeService } from './office/office-service';
import { MediaService } from './media/media-service';
import { TemplateService } from './templates/template-service';

export interface ServicesOptions extends Omit<ArticleServiceOptions, 'notices'> {
  appVersion: string;
  /** Where portal passwords are sealed: Electron's safeStorage in the app, a key file in the browser host. */
  secrets?: SecretStore;
}

export interface Services {
  handlers: ApiHandlers;
  /** Who works in each client (window or browser host token): dispatch takes the caller's. */
  sessions: Sessions;
  /** What the pages are told without asking: job progress, notices, articles saved elsewhere. */
  events: EventHub;
  articles: ArticleService;
  office: OfficeService;
  templates: TemplateService;
  media: MediaService;
  outbox: Outbox;
  /** The file behind a media address: a photo of an article, or an archived post's thumbnail. */
  mediaFile(target: MediaTarget): string;
  /** The library's first screen as HTML, for the page to show before its code has run. */
  firstScreen(): Promise<string>;
  /** Starts the background work (the outbox); tests drive it themselves. */
  start(): void;
  notices: NoticeBoard;
  close(): Promise<void>;
}

/** Every service the renderer can reach, bound to the contract. Plain Node: no Electron here. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  // Before anything is written: the folder holds unpublished articles and sealed portal passwords.
  await makePrivate(options.dataDir).catch(() => undefined);
  const events = new EventHub();
  const notices = new NoticeBoard(options.now, (list, revision) => events.emit('app.notices', { notices: list, revision }));
  /** The profile chosen on this workstation (one window, one person at a time). */
  const sessions = new Sessions();
  /** The profile of the session whose call is being answered (none in background work). */
  const current = (): Profile | null => currentSession()?.profile ?? null;
  const actor = (): Actor | null => current();
  /** For calls the contract opens to a chosen profile only: dispatch has already checked there is one. */
  const signedIn = (): Profile => {
    const who = current();
    if (!who) throw new ApiError('UNAUTHORIZED', 'Hãy chọn hồ sơ làm việc của mình trước.');
    return who;
  };
  const articles = await ArticleService.open({
    ...options,
    notices,
    actor,
    onChanged: (article) => events.emit('article.changed', { id: article.id, revision: article.revision, status: article.status, updatedAt: article.updatedAt }),
    onIndexProgress: (progress) => events.emit('search.indexing', { progress }),
  });
  const comments = new CommentService((articleId) => join(options.dataDir, 'articles', articleId));
  const office = await OfficeService.open(options.dataDir, notices);
  const templates = await TemplateService.open(options.dataDir, notices);
  const media = new MediaService(options.dataDir, notices, () => {
    const settings = articles.settings();
    return { longestSide: settings.photoLongestSide, quality: settings.photoQuality };
  });
  const secrets =
    options.secrets ??
    new KeyFileSecretStore(options.dataDir, (aside) =>
      notices.add('warning', `Tệp khóa secret.key bị hỏng nên đã được chuyển sang một bên (${aside}). Mật khẩu cổng đã cất không mở được nữa: hãy nhập lại trong Cài đặt cổng.`),
    );
  const portals = await PortalService.open(options.dataDir, notices, secrets);
  const outbox = new Outbox(options.dataDir, articles, media, portals, options.now, (job) => events.emit('publish.job', job));
  const inbox = new PortalInbox(articles, media, portals, outbox);
  const archive = new ArchiveService(
    options.dataDir,
    (portalId) => portals.connector(portalId),
    () => articles.searchIndex(),
    (progress) => events.emit('archive.progress', progress),
  );
  const importer = new DocxImporter(articles, media);
  const packager = new ArticlePackager(articles, media, options.appVersion);
  /** The style checker's configuration for an article, as the editor makes it (the template it was written from, if it still exists). */
  const styleFor = (article: Article): StyleConfig => {
    let template: Template | null = null;
    try {
      template = article.template ? templates.get(article.template.templateId) : null;
    } catch {
      template = null;
    }
    return styleConfig(office.get(), articles.settings(), { template, values: article.template?.values, spellingIgnored: article.spellingIgnored }, builtInLexicon());
  };
  const hasDefaultCategory = (): boolean => portals.list().some((portal) => portal.defaultCategory !== '');
  /** Photos belong to an article that exists. */
  const inArticle = async <T>(articleId: string, task: () => Promise<T>): Promise<T> => {
    await articles.get(articleId);
    return task();
  };
  const toFile = ({ fileName, bytes }: { fileName: string; bytes: Uint8Array }) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });
  const handlers: ApiHandlers = {
    'app.info': async () => {
      const { notices: list, revision } = notices.current();
      return { version: options.appVersion, readOnly: articles.readOnly, notices: list, noticesRevision: revision };
    },
    'app.dismissNotice': async ({ id }) => {
      notices.dismiss(id);
      return { ok: true };
    },
    'settings.get': async () => articles.settings(),
    'settings.update': (patch) => articles.updateSettings(patch),
    'articles.list': (input) => articles.list(input),
    'articles.searchStatus': () => Promise.resolve({ progress: articles.searchStatus() }),
    'articles.create': (input) => articles.create(input),
    'archive.pull': async ({ portalId }) => {
      portals.connector(portalId);
      archive.start(portalId);
      return { ok: true as const };
    },
    'archive.cancel': async ({ portalId }) => {
      archive.cancel(portalId);
      return { ok: true as const };
    },
    'archive.status': ({ portalId }) => archive.status(portalId),
    'archive.get': async ({ portalId, postId }) => {
      const post = await archive.get(portalId, postId);
      if (!post) throw new ApiError('NOT_FOUND', 'Không có bài này trong kho bài trên cổng.');
      const { html, lead, tags: _tags, modified: _modified, ...shown } = post;
      const thumbnail = await archive.thumbnail(archiveId(portalId, postId));
      return { ...shown, thumbnail, lead: htmlText(lead), paragraphs: htmlText(html).split('\n').filter(Boolean) };
    },
    ...searchCalls(articles, archive),
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
    'office.addWord': ({ word }) => office.addWord(word),
    'office.removeWord': ({ word }) => office.removeWord(word),
    'office.saveConfusions': ({ entries }) => office.saveConfusions(entries),
    'office.saveOfficial': (official) => office.saveOfficial(official),
    'office.deleteOfficial': ({ id }) => office.deleteOfficial(id),
    'office.importOfficials': ({ base64 }) => office.importOfficials(Buffer.from(base64, 'base64')),
    'office.exportOfficials': async () => toFile({ fileName: 'danh-ba-can-bo.csv', bytes: office.exportOfficials() }),
    'office.saveCode': (entry) => office.saveCode(entry),
    'office.deleteCode': ({ code }) => office.deleteCode(code),
    'templates.list': async () => templates.list(),
    'templates.get': async ({ id }) => templates.get(id),
    'templates.save': ({ template }) => templates.save(template),
    'templates.duplicate': ({ id }) => templates.duplicate(id),
    'templates.delete': ({ id }) => templates.delete(id),
    'templates.export': async ({ id }) => toFile(templates.exportFile(id)),
    'templates.import': ({ base64 }) => templates.importFile(Buffer.from(base64, 'base64')),
    'templates.fromArticle': async ({ id, name }) => templates.fromArticle(await articles.get(id), name),
    'photos.list': ({ articleId }) => inArticle(articleId, () => media.list(articleId)),
    'photos.add': ({ articleId, fileName, bytes, batch }) =>
      inArticle(articleId, () => media.add(articleId, fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { batch })),
    'photos.update': ({ articleId, photoIds, edit }) => inArticle(articleId, () => media.update(articleId, photoIds, edit)),
    'photos.reorder': ({ articleId, order }) => inArticle(articleId, () => media.reorder(articleId, order)),
    'photos.setCover': ({ articleId, photoId }) => inArticle(articleId, () => media.setCover(articleId, photoId)),
    'photos.remove': ({ articleId, photoIds }) => inArticle(articleId, () => media.remove(articleId, photoIds)),
    'profiles.list': async () => ({ profiles: office.profiles(), currentId: current()?.id ?? null }),
    'profiles.save': async (input) => {
      const saved = await office.saveProfile(input, current());
      sessions.updated(saved);
      return saved;
    },
    'profiles.select': async ({ id, pin }) => {
      const session = currentSession();
      if (!session) throw new ApiError('INTERNAL', 'Không có phiên làm việc.');
      session.profile = id === null ? null : office.verifyProfile(id, pin);
      return session.profile;
    },
    'workflow.transition': async ({ id, action, expected, note }) => {
      const { article } = await articles.transition(id, action, expected, note, (draft) =>
        submissionProblems(draft, styleFor(draft), media, hasDefaultCategory()),
      );
      // Team work through the portal: the submitted article also goes there, waiting for review.
      const who = current();
      if (action === 'submit' && who) for (const portalId of portals.sendingOnSubmit()) await outbox.enqueue(id, portalId, who.name, 'pending');
      return article;
    },
    'workflow.check': async ({ id }) => {
      const article = await articles.get(id);
      const style = styleFor(article);
      return { problems: await submissionProblems(article, style, media, hasDefaultCategory()), warnings: submissionWarnings(article, style) };
    },
    'workflow.trail': ({ id }) => articles.trail(id),
    'workflow.diff': ({ id }) => articles.changesSinceSubmission(id),
    'comments.list': ({ id }) => inArticle(id, () => comments.list(id)),
    'comments.add': ({ id, quote, text }) => inArticle(id, () => comments.add(id, current(), quote, text)),
    'comments.resolve': ({ id, commentId }) => inArticle(id, () => comments.resolve(id, current(), commentId)),
    'portals.list': async () => portals.list(),
    'portals.save': (input) => portals.save(input),
    'portals.remove': ({ id }) => portals.remove(id),
    'portals.test': ({ id }) => portals.connector(id).testConnection(),
    'export.html': async ({ id }) => toFile(await packager.exportHtml(id)),
    // Only the desktop app can make a PDF of its own page (electron/main/ipc.ts); the browser prints.
    'export.pdf': async () => {
      throw new ApiError('INVALID_INPUT', 'Ở trình duyệt, hãy dùng hộp in (Ctrl+P) và chọn «Lưu thành PDF».');
    },
    'package.export': async ({ id, versions }) => toFile(await packager.export(id, versions)),
    'package.import': ({ fileName, base64 }) => packager.import(fileName, Buffer.from(base64, 'base64')),
    'import.document': ({ fileName, base64, articleId }) =>
      articleId ? inArticle(articleId, () => importer.import(fileName, Buffer.from(base64, 'base64'), { articleId })) : importer.import(fileName, Buffer.from(base64, 'base64'), {}),
    'portals.pending': ({ id }) => inbox.pending(id),
    'portals.pull': async ({ id, postId }) => {
      // Editors and approvers only: the contract says so and the door checks it.
      return inbox.pull(id, postId, signedIn().name);
    },
    'publish.start': async ({ id, portalId, at, status }) => {
      const who = signedIn();
      const article = await articles.get(id);
      if (status === 'pending' || status === 'draft') {
        // Not a publication: the portal keeps it for review (pending) or as a draft; anyone on the desk may send it.
        if (at) throw new ApiError('INVALID_INPUT', 'Chỉ bài đăng mới lên lịch được; bài chờ duyệt hay bản nháp gửi ngay.');
        portals.connector(portalId);
        return outbox.enqueue(id, portalId, who.name, status, null);
      }
      const decision = decide(at ? 'schedule' : 'publish', article.status, who.roles);
      if (!decision.ok) throw new ApiError('UNAUTHORIZED', decision.message);
      if (at && at <= Date.now()) throw new ApiError('INVALID_INPUT', 'Giờ đăng đã qua; hãy chọn một thời điểm sau bây giờ.');
      portals.connector(portalId);
      return outbox.enqueue(id, portalId, who.name, at ? 'future' : 'publish', at ?? null);
    },
    'publish.jobs': ({ id }) => outbox.list(id),
    'publish.retry': ({ jobId, overwrite }) => outbox.retry(jobId, overwrite ?? false),
    'photos.exportFiles': ({ articleId, onlyStarred }) =>
      inArticle(articleId, async () => Object.entries(await media.exportFiles(articleId, onlyStarred)).map(([fileName, bytes]) => toFile({ fileName, bytes }))),
    'photos.export': ({ articleId, onlyStarred }) =>
      inArticle(articleId, async () => {
        const { fileName, bytes, count } = await media.exportZip(articleId, onlyStarred);
        return { ...toFile({ fileName, bytes }), count };
      }),
  };
  return {
    handlers,
    sessions,
    events,
    articles,
    office,
    templates,
    media,
    outbox,
    notices,
    firstScreen: async () => {
      const first = await articles.list({ sort: 'updated-desc', limit: FIRST_SCREEN_ROWS });
      return firstScreenHtml(first.items, first.total);
    },
    mediaFile: (target: MediaTarget): string => (target.kind === 'photo' ? media.file(target.articleId, target.photoId, target.size) : archive.thumbFile(target.portalId, target.postId)),
    start: () => {
      outbox.start();
      // After the own articles' index is filled: the archive's posts kept here, found again if the index was lost.
      void articles
        .searchWarmed()
        .then(() => archive.reindex())
        .catch(() => undefined);
    },
    close: async () => {
      await outbox.stop();
      await media.close();
      await articles.close();
    },
  };
}
