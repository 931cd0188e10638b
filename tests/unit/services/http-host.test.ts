import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host/http-host';
import { BINARY_CALL_TYPE, encodeCall } from '../../../shared/api/wire';
import { createServices, type Services } from '../../../electron/services/services';
import { tempDir } from '../helpers';

let host: RunningHost | null = null;
let services: Services | null = null;

afterEach(async () => {
  await host?.close();
  await services?.close();
  host = null;
  services = null;
});

async function start(): Promise<RunningHost> {
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tòa soạn</title><div id="root"></div><!--first-screen-->');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'assets', 'EditorView-DOxpkKp7.js'), 'console.log(2)');
  writeFileSync(join(tempDir(), 'secret.txt'), 'secret');
  services = await createServices({ dataDir: tempDir(), appVersion: 'test' });
  host = await startHost({ handlers: services.handlers, sessions: services.sessions, staticDir, port: 0, firstScreen: services.firstScreen });
  // The person working through this host has chosen a profile (its token is the session).
  services.sessions.get(`host:${host.token}`).profile = await services.office.saveProfile({ name: 'Ngô Giang Sơn', roles: ['reporter', 'photographer'] }, null);
  return host;
}

/** A raw request, so the Host header and the path are exactly what a hostile page or user would send. */
function raw(running: RunningHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(running.url);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, method: options.method ?? 'GET', path: options.path, headers: { host: url.host, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only and prints an address with a token', async () => {
    const running = await start();
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.openUrl).toBe(`${running.url}/?token=${running.token}`);
    expect(running.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers calls that carry the token', async () => {
    const running = await start();
    const response = await raw(running, {
      method: 'POST',
      path: '/api/articles.list',
      headers: { authorization: `Bearer ${running.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { items: [], total: 0 } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const running = await start();
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${running.token}x`]) {
      const response = await raw(running, {
        method: 'POST',
        path: '/api/articles.create',
        headers: authorization ? { authorization } : {},
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body).error.code).toBe('UNAUTHORIZED');
    }
    expect((await services?.articles.list({}))?.total).toBe(0);
  });

  it('refuses another origin and another host name (DNS rebinding)', async () => {
    const running = await start();
    const fromElsewhere = await raw(running, {
      method: 'POST',
      path: '/api/articles.list',
      headers: { authorization: `Bearer ${running.token}`, origin: 'https://evil.example' },
      body: '{}',
    });
    expect(fromElsewhere.status).toBe(403);
    const rebound = await raw(running, { path: '/', headers: { host: 'evil.example' } });
    expect(rebound.status).toBe(421);
  });

  it('serves the renderer with the CSP header and nothing outside its folder', async () => {
    const running = await start();
    const page = await raw(running, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await raw(running, { path: '/assets/app.js' })).body).toBe('console.log(1)');
    // The build's files named after their content are kept by the browser (and their compiled code); the page
    // and any other file are asked for afresh.
    expect((await raw(running, { path: '/assets/EditorView-DOxpkKp7.js' })).headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await raw(running, { path: '/assets/app.js' })).headers['cache-control']).toBe('no-store');
    expect((await raw(running, { path: '/bai-viet/x-DOxpkKp7.js' })).headers['cache-control']).toBe('no-store');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await raw(running, { path });
      expect(response.body).not.toContain('secret');
    }
  });

  it('puts the library’s first screen into the page opened with the token, escaped, and gives nothing of it without', async () => {
    const running = await start();
    const api = async (name: string, input: unknown) =>
      JSON.parse(
        (await raw(running, { method: 'POST', path: `/api/${name}`, headers: { authorization: `Bearer ${running.token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) })).body,
      ) as { ok: boolean; value: { id: string; revision: number } };
    const created = (await api('articles.create', {})).value;
    const title = 'Hội nghị <img src=x onerror=alert(1)> "sơ kết"';
    const saved = await api('articles.save', { id: created.id, baseRevision: created.revision, title, lead: '', byline: '', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(saved).toMatchObject({ ok: true });
    const opened = await raw(running, { path: `/?token=${running.token}` });
    expect(opened.body).toContain('<template id="first-screen">');
    expect(opened.body).toContain('Hội nghị &lt;img src=x onerror=alert(1)&gt; &quot;sơ kết&quot;');
    expect(opened.body).not.toContain('<img src=x');
    for (const path of ['/', '/?token=sai', '/index.html', `/?token=${running.token.slice(1)}`]) {
      const page = await raw(running, { path });
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('Hội nghị');
      expect(page.body).toContain('<!--first-screen-->');
    }
  });

  it('refuses unreadable JSON with a Vietnamese message', async () => {
    const running = await start();
    const response = await raw(running, {
      method: 'POST',
      path: '/api/articles.list',
      headers: { authorization: `Bearer ${running.token}` },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.message).toBe('Dữ liệu gửi lên không đọc được.');
  });

  it('answers a malformed address with 400 and a body over the limit with 413 and a message (issue 13, item 8)', async () => {
    const running = await start();
    const bad = await raw(running, { method: 'POST', path: '/api/articles.list%E0%A4%A', headers: { authorization: `Bearer ${running.token}` }, body: '{}' });
    expect(bad.status).toBe(400);
    expect((await raw(running, { path: '/assets/%E0%A4%A.js' })).status).toBe(400);
    const big = await fetch(`${running.url}/api/articles.list`, {
      method: 'POST',
      headers: { authorization: `Bearer ${running.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'x'.repeat(10 * 1024 * 1024) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe('Dữ liệu gửi lên quá lớn (tối đa 8 MB cho việc này).');
    // The host goes on answering.
    const after = await raw(running, { method: 'POST', path: '/api/articles.list', headers: { authorization: `Bearer ${running.token}` }, body: '{}' });
    expect(after.status).toBe(200);
  });

  it('takes a photo as raw bytes in the envelope, and refuses a broken envelope', async () => {
    const running = await start();
    const headers = { authorization: `Bearer ${running.token}`, 'content-type': BINARY_CALL_TYPE };
    const post = (name: string, body: Uint8Array) => fetch(`${running.url}/api/${name}`, { method: 'POST', headers, body: new Blob([body as Uint8Array<ArrayBuffer>]) });
    const article = (await (await fetch(`${running.url}/api/articles.create`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' })).json()) as { value: { id: string } };
    const photo = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#2255aa' } }).jpeg().toBuffer();
    const whole = Buffer.concat(encodeCall({ articleId: article.value.id, fileName: 'ảnh 1.jpg', bytes: photo }) as Uint8Array[]);
    const added = (await (await post('photos.add', whole)).json()) as { ok: boolean; value: { status: string; photo: { width: number } } };
    expect(added.ok).toBe(true);
    expect(added.value.status).toBe('added');
    expect(added.value.photo.width).toBe(320);
    const broken = await post('photos.add', whole.subarray(0, whole.length - 10));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toBe('Dữ liệu gửi lên không đọc được.');
    // Base64 is no longer taken for a photo: the contract says bytes.
    const old = await fetch(`${running.url}/api/photos.add`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ articleId: article.value.id, fileName: 'cũ.jpg', base64: photo.toString('base64') }),
    });
    expect(((await old.json()) as { ok: boolean }).ok).toBe(false);
  });
});
