import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARCHIVE_PAGE, ArchiveService } from '../../electron/services/archive/archive-service';
import { WordPressConnector } from '../../electron/services/publish/wordpress';
import { SearchStore } from '../../electron/services/search/search-store';
import { startTestPortal } from '../portal/test-portal';
import { percentile, round } from './stats';

const POSTS = Number(process.env.BENCH_ARCHIVE_POSTS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ARCHIVE_ROUNDS ?? 3);

/**
 * Issue 16: pulling the archive of a local WordPress holding 5,000 published posts into a fresh workstation — every
 * post written to its file and put in the search index — next to a bare script that pages the very same REST
 * listing (same parameters, same page size) and only parses the answers. Rounds alternate; medians compared.
 */
export async function measureArchivePull(): Promise<Record<string, unknown> | { skipped: string }> {
  const portal = await startTestPortal();
  if ('reason' in portal) return { skipped: portal.reason };
  try {
    const seedStart = performance.now();
    portal.seedPosts(POSTS, 'bench');
    const seedMs = performance.now() - seedStart;
    const auth = `Basic ${Buffer.from(`${portal.editor.user}:${portal.editor.password}`).toString('base64')}`;
    const bare = async (): Promise<{ ms: number; posts: number }> => {
      const start = performance.now();
      let posts = 0;
      for (let page = 1; ; page += 1) {
        const params = new URLSearchParams({ context: 'edit', status: 'publish', orderby: 'id', order: 'asc', per_page: String(ARCHIVE_PAGE), page: String(page), _embed: 'author,wp:term,wp:featuredmedia' });
        const response = await fetch(`${portal.url}/wp-json/wp/v2/posts?${params.toString()}`, { headers: { authorization: auth, accept: 'application/json' } });
        const body = (await response.json()) as unknown[] | { code?: string };
        if (!Array.isArray(body)) break;
        posts += body.length;
        if (body.length < ARCHIVE_PAGE) break;
      }
      return { ms: performance.now() - start, posts };
    };
    const ours = async (): Promise<{ ms: number; posts: number }> => {
      const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-archive-'));
      const index = SearchStore.open(join(dir, 'search', 'index.sqlite'));
      try {
        const archive = new ArchiveService(dir, () => new WordPressConnector({ url: portal.url, ...portal.editor }, 60_000), () => index);
        const start = performance.now();
        const result = await archive.pull('cong-bench');
        return { ms: performance.now() - start, posts: result.fetched };
      } finally {
        index.close();
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const bareRounds: number[] = [];
    const ourRounds: number[] = [];
    let posts = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const a = await bare();
      const b = await ours();
      if (a.posts !== b.posts) throw new Error(`the bare script saw ${a.posts} posts, the pull ${b.posts}`);
      posts = b.posts;
      bareRounds.push(a.ms);
      ourRounds.push(b.ms);
    }
    const bareMedian = percentile(bareRounds, 50);
    const ourMedian = percentile(ourRounds, 50);
    return {
      posts,
      seedSeconds: round(seedMs / 1000, 1),
      bareSeconds: bareRounds.map((ms) => round(ms / 1000, 1)),
      oursSeconds: ourRounds.map((ms) => round(ms / 1000, 1)),
      ratio: round(ourMedian / bareMedian),
      oursPostsPerSecond: round(posts / (ourMedian / 1000), 0),
    };
  } finally {
    portal.stop();
  }
}
