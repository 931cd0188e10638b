/**
 * The names of every call the renderer can make. Kept apart from the schemas so the preload can
 * check names without bundling zod; `contract.ts` is checked against this list at compile time.
 */
export const CALL_NAMES = [
  'app.info',
  'app.dismissNotice',
  'settings.get',
  'settings.update',
  'articles.list',
  'articles.create',
  'articles.get',
  'articles.save',
  'articles.trash',
  'articles.restore',
  'articles.deleteForever',
  'articles.emptyTrash',
  'versions.list',
  'versions.get',
  'versions.create',
  'versions.restore',
  'office.get',
  'office.saveAbbreviations',
  'office.saveOfficial',
  'office.deleteOfficial',
  'office.importOfficials',
  'office.exportOfficials',
  'office.saveCode',
  'office.deleteCode',
  'templates.list',
  'templates.get',
  'templates.save',
  'templates.duplicate',
  'templates.delete',
  'templates.export',
  'templates.import',
  'templates.fromArticle',
  'photos.list',
  'photos.add',
  'photos.update',
  'photos.reorder',
  'photos.setCover',
  'photos.remove',
  'photos.export',
  'profiles.list',
  'profiles.save',
  'profiles.select',
  'workflow.transition',
  'workflow.trail',
  'workflow.diff',
  'comments.list',
  'comments.add',
  'comments.resolve',
  'portals.list',
  'portals.save',
  'portals.remove',
  'portals.test',
  'import.docx',
  'package.export',
  'package.import',
  'portals.pending',
  'portals.pull',
  'publish.start',
  'publish.jobs',
  'publish.retry',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

export const IPC_PREFIX = 'toasoan:';

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && (CALL_NAMES as readonly string[]).includes(name);
}
