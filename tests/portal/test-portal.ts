import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /**
   * Publishes `count` posts straight through WordPress's PHP (a few seconds for thousands, where REST would take
   * minutes): titles of the office's kinds of event, two categories, a body of a few paragraphs, dates spread over
   * ten years. Returns their ids, oldest first.
   */
  seedPosts(count: number, prefix: string): number[];
  stop(): void;
}

const SEED_PHP = `<?php // php seed.php SITE_DIR URL COUNT PREFIX -> prints the ids (JSON)
[, $site, $url, $count, $prefix] = $argv;
$u = parse_url($url);
$_SERVER += ['HTTP_HOST' => $u['host'] . ':' . $u['port'], 'REQUEST_URI' => '/', 'SERVER_PROTOCOL' => 'HTTP/1.1'];
require $site . '/wp-load.php';
wp_defer_term_counting(true);
$kinds = ['Hội nghị sơ kết', 'Kỳ họp HĐND tỉnh', 'Tiếp xúc cử tri', 'Lễ kỷ niệm', 'Đại hội Đảng bộ'];
$cats = [];
foreach (['Tin hoạt động', 'Chính trị'] as $name) { $t = term_exists($name, 'category') ?: wp_insert_term($name, 'category'); $cats[] = (int) $t['term_id']; }
$editor = get_user_by('login', 'editor1');
$ids = [];
for ($i = 0; $i < (int) $count; $i++) {
    $year = 2016 + ($i % 10);
    $date = sprintf('%d-%02d-%02d 08:%02d:00', $year, 1 + ($i % 12), 1 + ($i % 28), $i % 60);
    $id = wp_insert_post(['post_title' => $kinds[$i % 5] . " $prefix số $i", 'post_excerpt' => "Sáng nay, UBND tỉnh tổ chức sự kiện số $i.",
        'post_content' => "<p>Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh dự và phát biểu.</p><p>Các đại biểu thảo luận kết quả $prefix$i.</p>",
        'post_status' => 'publish', 'post_author' => $editor->ID, 'post_date' => $date, 'post_category' => [$cats[$i % 2]]], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\\n"); exit(1); }
    $ids[] = $id;
}
wp_defer_term_counting(false);
echo json_encode($ids);
`;

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
    seedPosts(count: number, prefix: string): number[] {
      const script = join(root, 'seed.php');
      writeFileSync(script, SEED_PHP);
      const out = execFileSync('php', [script, join(root, 'site'), `http://127.0.0.1:${env.WP_PORT}`, String(count), prefix], { env, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
      return JSON.parse(out.toString('utf8')) as number[];
    },
    stop() {
      execFileSync('bash', [script, 'stop'], { env, stdio: 'pipe' });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
