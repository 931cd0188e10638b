import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import { z } from 'zod';
import { ApiError } from '../../../shared/api/errors';
import type { Portal } from '../../../shared/publish/model';
import type { NoticeBoard } from '../notices';
import { openJsonDocument } from '../storage/json-document';
import { writeFailure } from '../storage/fs-errors';
import { SerialQueue } from '../storage/serial-queue';
import type { SecretStore } from './secrets';
import { WordPressConnector } from './wordpress';

const storedSchema = z.object({
  schemaVersion: z.literal(1),
  portals: z.array(z.object({ id: z.string(), name: z.string(), url: z.string(), user: z.string(), secret: z.string().nullable() })),
});
type Stored = z.infer<typeof storedSchema>;

/** The portals this workstation publishes to; passwords sealed by the secret store, never handed to the renderer. */
export class PortalService {
  private readonly queue = new SerialQueue();

  private constructor(
    private readonly db: Low<Stored>,
    private readonly secrets: SecretStore,
  ) {}

  static async open(dataDir: string, notices: NoticeBoard, secrets: SecretStore): Promise<PortalService> {
    return new PortalService(await openJsonDocument(join(dataDir, 'portals.json'), storedSchema, () => ({ schemaVersion: 1, portals: [] }), notices, 'cài đặt cổng'), secrets);
  }

  list(): Portal[] {
    return this.db.data.portals.map(({ secret, ...portal }) => ({ ...portal, hasPassword: secret !== null }));
  }

  save(input: { id?: string; name: string; url: string; user: string; password?: string }): Promise<Portal> {
    return this.queue.run(async () => {
      const existing = input.id ? this.db.data.portals.find((portal) => portal.id === input.id) : undefined;
      if (input.id && !existing) throw new ApiError('NOT_FOUND', 'Không tìm thấy cổng này.');
      const record = {
        id: existing?.id ?? randomUUID(),
        name: input.name.normalize('NFC').trim(),
        url: input.url.trim().replace(/\/+$/, ''),
        user: input.user.trim(),
        secret: input.password ? this.secrets.seal(input.password.replace(/\s+/g, '')) : (existing?.secret ?? null),
      };
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

  connector(id: string): WordPressConnector {
    const portal = this.db.data.portals.find((item) => item.id === id);
    if (!portal) throw new ApiError('NOT_FOUND', 'Không tìm thấy cổng này; hãy kiểm tra Cài đặt cổng.');
    if (!portal.secret) throw new ApiError('INVALID_INPUT', `Chưa có mật khẩu ứng dụng cho cổng «${portal.name}».`);
    return new WordPressConnector({ url: portal.url, user: portal.user, password: this.secrets.open(portal.secret) });
  }
}
