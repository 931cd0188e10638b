import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, DocNode } from '../../shared/article/model';
import { summarize } from '../../shared/article/summary';
import { ARTICLE_FILE_VERSION } from '../../electron/services/articles/article-files';
import { emptyLibrary } from '../../electron/services/library/library-schema';

const SENTENCES = [
  'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết kết quả thực hiện Quy chế phối hợp công tác giữa nhiệm kỳ 2021-2026.',
  'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh chủ trì Hội nghị.',
  'Cùng dự có các đồng chí: Trần Thị Hằng, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh.',
  'Tại Hội nghị, các đại biểu tham gia trao đổi, thảo luận nhằm đánh giá những kết quả đạt được.',
  'Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện và đề xuất biện pháp giải quyết.',
  'Sự phối hợp hoạt động giữa UBND với các cơ quan trong thời gian qua đã thành nề nếp.',
  'Cử tri kiến nghị về đường giao thông nông thôn, nước sạch và chính sách hỗ trợ sản xuất.',
  'Phát biểu kết luận, đồng chí Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung triển khai nhiệm vụ./.',
];

const TITLES = [
  'Hội nghị sơ kết Quy chế phối hợp',
  'Kỳ họp thứ 20 HĐND tỉnh khai mạc',
  'Đại biểu Quốc hội tiếp xúc cử tri',
  'Phiên họp thường kỳ UBND tỉnh tháng',
  'Kiểm tra tiến độ dự án tại huyện',
  'Trao tặng Huân chương Lao động',
  'Lễ kỷ niệm ngày thành lập',
  'Đại hội Đảng bộ cơ sở',
];

/** A body of about `words` words, in paragraphs of the trade. */
export function articleBody(words: number, seed = 0): DocNode {
  const paragraphs: DocNode[] = [];
  let count = 0;
  let index = seed;
  while (count < words) {
    const sentences = [SENTENCES[index % SENTENCES.length], SENTENCES[(index + 3) % SENTENCES.length], SENTENCES[(index + 5) % SENTENCES.length]];
    const text = sentences.join(' ');
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    count += text.split(/\s+/).length;
    index += 1;
  }
  return { type: 'doc', content: paragraphs };
}

export function makeArticle(index: number, words: number, now: number): Article {
  return {
    id: `bench-${String(index).padStart(6, '0')}`,
    title: `${TITLES[index % TITLES.length]} số ${index}`,
    lead: SENTENCES[index % SENTENCES.length],
    body: articleBody(words, index),
    byline: 'PV',
    author: 'Phóng viên',
    status: 'draft',
    createdAt: now - index * 60_000,
    updatedAt: now - index * 60_000,
    deletedAt: null,
    revision: 1,
  };
}

/** Writes a data folder of `count` articles in the format the app writes, without going through the app. */
export function generateLibrary(dir: string, count: number, wordsEach = 400): void {
  const now = Date.now();
  const summaries: Record<string, ReturnType<typeof summarize>> = {};
  for (let index = 0; index < count; index += 1) {
    const article = makeArticle(index, wordsEach, now);
    const folder = join(dir, 'articles', article.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'article.json'), JSON.stringify({ schemaVersion: ARTICLE_FILE_VERSION, article }));
    summaries[article.id] = summarize(article);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'library.json'),
    JSON.stringify({ ...emptyLibrary(), settings: { ...emptyLibrary().settings, authorName: 'Phóng viên' }, articles: summaries }),
  );
}
