import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import { PORTAL_KINDS, type Portal, type PortalInput } from '../../../shared/publish/model';
import type { NoticeBoard } from '../notices';
import { openJsonDocument } from '../storage/json-document';
import { writeFailure } from '../storage/fs-errors';
import { SerialQueue } from '../storage/serial-queue';
import type { SecretStore } from './secrets';
import type { PortalConnector } from './connector';
import { GenericPortalConnector } from './generic';
import { WordPressConnector } from './wordpress';

const storedPortal = z.object({
  id: z.string(),
  kind: z.enum(PORTAL_KINDS),
  name: z.string(),
  url: z.string(),
  user: z.string(),
  defaultCategory: z.string(),
  sendOnSubmit: z.boolean(),
  secret: z.string().nullable(),
});
/** Version 2 added the kind of portal (WordPress or the generic API), a default category and sending on submission. */
const storedSchema = z.union([
  z.object({ schemaVersion: z.literal(2), portals: z.array(storedPortal) }),
  z
    .object({ schemaVersion: z.literal(1), portals: z.array(storedPortal.omit({ kind: true, defaultCategory: true, sendOnSubmit: true })) })
    .transform(({ portals }) => ({
      schemaVersion: 2 as const,
      portals: portals.map((portal) => ({ ...portal, kind: 'wordpress' as const, defaultCategory: '', sendOnSubmit: false })),
    })),
]);
type Stored = z.output<typeof storedSchema>;

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** Whether a stored password may follow an edit of the settings: same origin (scheme, host, port), same kind, same account. */
function sameDestination(before: { url: string; kind: string; user: string }, after: { url: string; kind: string; user: string }): boolean {
  return originOf(before.url) === originOf(after.url) && before.kind === after.kind && before.user === after.user;
}

/** The portals this workstation publishes to; passwords sealed by the secret store, never handed to the renderer. */
export class PortalService {
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly db: Low<Stored>,
    private readonly secrets: SecretStore,
  ) {}

  static async open(dataDir: string, notices: NoticeBoard, secrets: SecretStore): Promise<PortalService> {
    return new PortalService(await openJsonDocument(join(dataDir, 'portals.json'), storedSchema, () => ({ schemaVersion: 2 as const, portals: [] }), notices, 'cài đặt cổng'), secrets);
  }

  list(): Portal[] {
    return this.db.data.portals.map(({ secret, ...portal }) => ({ ...portal, hasPassword: secret !== null }));
  }

  save(input: PortalInput): Promise<Portal> {
    return this.queue.run(async () => {
      const existing = input.id ? this.db.data.portals.find((portal) => portal.id === input.id) : undefined;
      if (input.id && !existing) throw new ApiError('NOT_FOUND', 'Không tìm thấy cổng này.');
      const kind = input.kind ?? 'wordpress';
      if (kind === 'wordpress' && !input.user.trim()) throw new ApiError('INVALID_INPUT', 'Hãy nhập tài khoản WordPress trên cổng.');
      const record = {
        id: existing?.id ?? randomUUID(),
        kind,
        name: input.name.trim(),
        url: input.url.trim().replace(/\/+$/, ''),
        user: input.user.trim(),
        defaultCategory: (input.defaultCategory ?? existing?.defaultCategory ?? '').trim(),
        sendOnSubmit: input.sendOnSubmit ?? existing?.sendOnSubmit ?? false,
        // Application passwords are shown with spaces; tokens are taken as they are.
        secret: input.password ? this.secrets.seal(kind === 'wordpress' ? input.password.replace(/\s+/g, '') : input.password.trim()) : null,
      };
      // A stored secret stays only with the portal it was typed for: another origin, kind or account needs it typed again.
      if (!input.password && existing?.secret && sameDestination(existing, record)) record.secret = existing.secret;
      this.db.data.portals = existing ? this.db.data.portals.map((portal) => (portal.id === record.id ? record : portal)) : [...this.db.data.portals, record];
      try {
        await this.db.write();
      } catch (error) {
        throw writeFailure(error, 'cài đặt cổng');
      }
      const { secret, ...portal } = record;
      return { ...portal, hasPassword: secret !== null };
    });
  }

  remove(id: string): Promise<{ ok: true }> {
    return this.queue.run(async () => {
      this.db.data.portals = this.db.data.portals.filter((portal) => portal.id !== id);
      await this.db.write();
      return { ok: true as const };
    });
  }

  /** The portals where a submitted article goes as `pending` (team work through the portal). */
  sendingOnSubmit(): string[] {
    return this.db.data.portals.filter((portal) => portal.sendOnSubmit).map((portal) => portal.id);
  }

  /** The categories a post goes into: the article's, or the portal's default when it has none. */
  categoriesFor(id: string, articleCategories: string[] | undefined): string[] {
    const portal = this.db.data.portals.find((item) => item.id === id);
    if (articleCategories && articleCategories.length > 0) return articleCategories;
    return portal?.defaultCategory ? [portal.defaultCategory] : [];
  }

  /**
   * The portal's password or token, opened. One that can no longer be opened (its key file lost or damaged, the
   * system's keychain changed) is dropped, so the settings ask for it again, and the person is told what to do.
   */
  private opened(portal: Stored['portals'][number]): string {
    try {
      return this.secrets.open(portal.secret ?? '');
    } catch {
      void this.queue.run(async () => {
        this.db.data.portals = this.db.data.portals.map((item) => (item.id === portal.id && item.secret === portal.secret ? { ...item, secret: null } : item));
        await this.db.write().catch(() => undefined);
      });
      const what = portal.kind === 'wordpress' ? 'mật khẩu ứng dụng' : 'mã truy cập';
      throw new ApiError(
        'INVALID_INPUT',
        `Không mở được ${what} đã cất cho cổng «${portal.name}»: tệp khóa secret.key bị thiếu hoặc hỏng, hoặc kho khóa của máy đã thay đổi. Hãy nhập lại ${what} trong Cài đặt cổng rồi thử lại.`,
      );
    }
  }

  connector(id: string): PortalConnector {
    const portal = this.db.data.portals.find((item) => item.id === id);
    if (!portal) throw new ApiError('NOT_FOUND', 'Không tìm thấy cổng này; hãy kiểm tra Cài đặt cổng.');
    if (!portal.secret) throw new ApiError('INVALID_INPUT', `Chưa có ${portal.kind === 'wordpress' ? 'mật khẩu ứng dụng' : 'mã truy cập'} cho cổng «${portal.name}».`);
    const secret = this.opened(portal);
    return portal.kind === 'generic' ? new GenericPortalConnector(portal.url, secret) : new WordPressConnector({ url: portal.url, user: portal.user, password: secret });
  }
}
