/**
 * A stand-in for the app under load: autosaves one article in a loop, as fast as it can, and prints
 * `ack N` after each save is acknowledged. The crash test kills it with SIGKILL at random moments.
 * Usage: node autosave-child.mjs DATA_DIR ARTICLE_ID
 */
import { ArticleService } from '../../../electron/services/articles/article-service';
import { NoticeBoard } from '../../../electron/services/notices';

const [dataDir, id] = process.argv.slice(2);

function body(n: number) {
  return {
    type: 'doc',
    content: Array.from({ length: 20 }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `Lần lưu ${n}, đoạn ${index}: Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026.` }],
    })),
  };
}

async function main(): Promise<void> {
  const service = await ArticleService.open({ dataDir, notices: new NoticeBoard(), autoVersionIntervalMs: 50 });
  const article = await service.get(id);
  let n = Number(/^Lần lưu (\d+)$/.exec(article.title)?.[1] ?? 0);
  let revision = article.revision;
  for (;;) {
    n += 1;
    const saved = await service.save({ id, baseRevision: revision, title: `Lần lưu ${n}`, lead: `Sapo ${n}`, byline: 'PV', body: body(n) });
    revision = saved.revision;
    if (n % 5 === 0) await service.createVersion(id);
    process.stdout.write(`ack ${n}\n`);
  }
}

void main();
