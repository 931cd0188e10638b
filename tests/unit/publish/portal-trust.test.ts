import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { appServices } from '../helpers';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** Issue 13, item 3: the stored application password followed a changed address; any profile could change it. */
describe('portal settings, tried as a hostile user', () => {
  async function withPortal() {
    const app = await appServices();
    await app.signIn('Lê Thị Duyệt', ['editor', 'approver']);
    const portal = await app.call<{ id: string; hasPassword: boolean }>('portals.save', {
      name: 'Cổng tỉnh',
      kind: 'wordpress',
      url: 'http://127.0.0.1:9/cong',
      user: 'bientap',
      password: 'abcd efgh ijkl mnop',
    });
    expect(portal.hasPassword).toBe(true);
    return { ...app, portal };
  }

  it('drops the stored password when the address’s origin, the kind or the account changes', async () => {
    const { call, portal, services } = await withPortal();
    const resave = (changes: { url?: string; user?: string; kind?: string }) =>
      call<{ hasPassword: boolean }>('portals.save', { id: portal.id, name: 'Cổng tỉnh', kind: 'wordpress', url: 'http://127.0.0.1:9/cong', user: 'bientap', ...changes });
    // The same portal, a path tidied: the password stays.
    expect((await resave({ url: 'http://127.0.0.1:9/cong/' })).hasPassword).toBe(true);
    expect((await resave({ url: 'https://evil.example/cong' })).hasPassword).toBe(false);
    await expect((async () => call('portals.test', { id: portal.id }))()).rejects.toMatchObject({ message: expect.stringContaining('Chưa có mật khẩu ứng dụng') });
    for (const changes of [{ url: 'http://127.0.0.1:10/cong' }, { user: 'ke-la' }, { kind: 'generic' }]) {
      await call('portals.save', { id: portal.id, name: 'Cổng tỉnh', kind: 'wordpress', url: 'http://127.0.0.1:9/cong', user: 'bientap', password: 'abcd efgh ijkl mnop' });
      expect((await resave(changes)).hasPassword, JSON.stringify(changes)).toBe(false);
    }
    await services.close();
  });

  it('is for editors and approvers only', async () => {
    const { call, signIn, portal, services } = await withPortal();
    await signIn('Ngô Giang Sơn', ['reporter']);
    await expect(call('portals.save', { id: portal.id, name: 'Cổng tỉnh', kind: 'wordpress', url: 'https://evil.example/', user: 'bientap' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(call('portals.test', { id: portal.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(call('portals.remove', { id: portal.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // Reading the list (names and whether a password is kept, never the password) stays open.
    await expect(call('portals.list', {})).resolves.toEqual([expect.objectContaining({ id: portal.id, hasPassword: true })]);
    await services.close();
  });

  it('never sends the credentials to another origin a portal redirects to', async () => {
    const seen: (string | undefined)[] = [];
    const elsewhere = await listen((request, response) => {
      seen.push(request.headers.authorization);
      response.end('{}');
    });
    const portalUrl = await listen((request, response) => {
      response.writeHead(302, { location: `${elsewhere}${request.url}` });
      response.end();
    });
    const { call, portal, services } = await withPortal();
    await call('portals.save', { id: portal.id, name: 'Cổng tỉnh', kind: 'wordpress', url: portalUrl, user: 'bientap', password: 'abcd efgh ijkl mnop' });
    await expect(call('portals.test', { id: portal.id })).rejects.toMatchObject({ message: expect.stringContaining(`Cổng chuyển sang một địa chỉ khác (${elsewhere})`), details: { portal: 'invalid' } });
    expect(seen).toEqual([]);
    await services.close();
  });
});
