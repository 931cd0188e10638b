import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPortal {
  url: string;
  /** The editor's application password (REST), and its password for signing in with a browser (wp-login.php). */
  editor: { user: string; password: string; login: string };
  contributor: { user: string; password: string };
  /** A reporter's account: may upload photos and send posts for review. */
  author: { user: string; password: string };
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A real WordPress (Debian's packages, MariaDB) on 127.0.0.1, started by tests/portal/wordpress-portal.sh.
 * Returns why not when it cannot start here (a laptop without the packages): the tests then say so and skip.
 */
export async function startTestPortal(): Promise<TestPortal | { reason: string }> {
  if (!existsSync('/usr/share/wordpress')) return { reason: 'WordPress is not installed (apt-get install wordpress mariadb-server php-cli …; .ci/run does it)' };
  const root = mkdtempSync(join(tmpdir(), 'toasoan-wp-'));
  const env = { ...process.env, WP_ROOT: root, WP_PORT: String(await freePort()), WP_DBPORT: String(await freePort()) };
  const script = 'tests/portal/wordpress-portal.sh';
  try {
    execFileSync('bash', [script, 'start'], { env, stdio: 'pipe', timeout: 120_000 });
  } catch (error) {
    try {
      execFileSync('bash', [script, 'stop'], { env, stdio: 'pipe' });
    } catch {
      // nothing was running
    }
    rmSync(root, { recursive: true, force: true });
    return { reason: `WordPress did not start: ${String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 300)}` };
  }
  const creds = JSON.parse(readFileSync(join(root, 'creds.json'), 'utf8')) as Record<string, { app_password: string; login_password: string }>;
  return {
    url: `http://127.0.0.1:${env.WP_PORT}`,
    editor: { user: 'editor1', password: creds.editor1.app_password, login: creds.editor1.login_password },
    contributor: { user: 'contrib1', password: creds.contrib1.app_password },
    author: { user: 'author1', password: creds.author1.app_password },
    stop() {
      execFileSync('bash', [script, 'stop'], { env, stdio: 'pipe' });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
