import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDoc } from '../../electron/services/search/search-store';

/**
 * A province's ten years of articles, made up: titles and leads in the shapes of the built-in templates, bodies of
 * sentences from the trade's phrases and the office's vocabulary (the project's own word lists), names, places
 * and numbers varied. Deterministic: the same seed gives the same corpus.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function lines(file: string): string[] {
  return readFileSync(join(ROOT, 'resources', 'dictionaries', file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** A small, fast, seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['Hội nghị sơ kết', 'Hội nghị tổng kết', 'Kỳ họp HĐND', 'Tiếp xúc cử tri', 'Phiên họp UBND', 'Làm việc, kiểm tra', 'Lễ kỷ niệm', 'Trao tặng khen thưởng', 'Đại hội'];
const CATEGORIES = ['Tin hoạt động', 'Chính trị', 'Kinh tế', 'Văn hóa - Xã hội', 'Nông nghiệp', 'Giáo dục', 'Y tế', 'Quốc phòng - An ninh'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Hồng', 'Ngọc', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hằng', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vinh', 'Yến'];
const TITLES = ['Bí thư Tỉnh ủy', 'Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Chủ tịch HĐND tỉnh', 'Phó Chủ tịch HĐND tỉnh', 'Giám đốc Sở Nội vụ', 'Giám đốc Sở Tài chính', 'Trưởng Ban Tuyên giáo Tỉnh ủy', 'Chủ tịch UBND huyện'];
const PLACES = ['huyện Yên Lạc', 'huyện Bình Xuyên', 'huyện Lập Thạch', 'huyện Tam Đảo', 'thành phố Vĩnh Yên', 'thị xã Phúc Yên', 'huyện Sông Lô', 'huyện Tam Dương', 'huyện Vĩnh Tường'];
const PROGRAMMES = [
  'Quy chế phối hợp công tác',
  'Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'Nghị quyết của Ban Chấp hành Đảng bộ tỉnh',
  'kế hoạch phát triển kinh tế - xã hội',
  'công tác cải cách hành chính',
  'Đề án chuyển đổi số',
  'phong trào thi đua yêu nước',
  'công tác phòng, chống tham nhũng',
  'Chỉ thị 05 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
];
const OPENERS = ['Sáng', 'Chiều', 'Ngày', 'Tối'];
const PHRASES = [
  'Tại Hội nghị, các đại biểu tham gia trao đổi, thảo luận nhằm đánh giá những kết quả đạt được.',
  'Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện và đề xuất biện pháp giải quyết.',
  'Cử tri kiến nghị về đường giao thông nông thôn, nước sạch và chính sách hỗ trợ sản xuất.',
  'Phát biểu kết luận, đồng chí yêu cầu các sở, ngành tập trung triển khai nhiệm vụ trọng tâm.',
  'Báo cáo nêu rõ những tồn tại, hạn chế và nguyên nhân, đồng thời đề ra giải pháp khắc phục.',
  'Các địa phương đã chủ động xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho từng cán bộ.',
];

export interface CorpusDoc extends SearchDoc {
  /** The same text a plain scan reads. */
  category: string;
  kind: string;
}

/** The corpus one article at a time: 100,000 of them need not be held at once. */
export function* corpus(count: number, seed = 2016): Generator<CorpusDoc> {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  // Zipf-like: the office's common words far more often than the rare syllables.
  const common = [...lines('vi-frequent.txt'), ...lines('vi-words.txt')];
  const rare = lines('vi-syllables.txt');
  const word = (): string => (rand() < 0.9 ? common[Math.floor(common.length * rand() ** 2)] : pick(rare));
  const person = (): string => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const sentence = (): string => {
    if (rand() < 0.35) return pick(PHRASES);
    const length = 8 + Math.floor(rand() * 14);
    const words = Array.from({ length }, word);
    if (rand() < 0.3) words.splice(Math.floor(rand() * words.length), 0, `đồng chí ${person()}, ${pick(TITLES)}`);
    if (rand() < 0.2) words.push(pick(PLACES));
    if (rand() < 0.15) words.push(`${Math.floor(rand() * 1000)} tỷ đồng`);
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 11, 1) - start;
  for (let index = 0; index < count; index += 1) {
    const kind = pick(KINDS);
    const programme = pick(PROGRAMMES);
    const place = pick(PLACES);
    const date = start + Math.floor(rand() * span);
    const day = new Date(date);
    const year = day.getUTCFullYear();
    const title = `${kind} ${programme}${rand() < 0.4 ? ` năm ${year}` : ''}${rand() < 0.3 ? ` tại ${place}` : ''}`;
    const lead = `${pick(OPENERS)} ${day.getUTCDate()}/${day.getUTCMonth() + 1}, ${rand() < 0.5 ? 'UBND tỉnh' : `UBND ${place}`} tổ chức ${kind.toLowerCase()} ${programme}. Đồng chí ${person()}, ${pick(TITLES)} chủ trì.`;
    const paragraphs: string[] = [];
    const size = 6 + Math.floor(rand() * 8);
    for (let paragraph = 0; paragraph < size; paragraph += 1) paragraphs.push(Array.from({ length: 3 + Math.floor(rand() * 3) }, sentence).join(' '));
    yield {
      id: `archive-${index}`,
      source: 'archive',
      date,
      stamp: date,
      title,
      text: `${lead}\n${paragraphs.join('\n')}`,
      category: pick(CATEGORIES),
      kind,
    };
  }
}

export function makeCorpus(count: number, seed = 2016): CorpusDoc[] {
  return [...corpus(count, seed)];
}
