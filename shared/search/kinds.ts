import { foldForSearch } from '../text/normalize';

/**
 * The kinds of event the office writes about, as its templates name them, each with the words a title of that kind
 * starts or goes with (folded). The first that fits names the kind; an article that fits none has none.
 */
export const EVENT_KINDS: readonly { kind: string; words: readonly string[] }[] = [
  { kind: 'Hội nghị sơ kết', words: ['hoi nghi so ket', 'so ket'] },
  { kind: 'Hội nghị tổng kết', words: ['hoi nghi tong ket', 'tong ket'] },
  { kind: 'Kỳ họp HĐND', words: ['ky hop'] },
  { kind: 'Tiếp xúc cử tri', words: ['tiep xuc cu tri'] },
  { kind: 'Phiên họp UBND', words: ['phien hop'] },
  { kind: 'Đại hội', words: ['dai hoi'] },
  { kind: 'Lễ kỷ niệm', words: ['le ky niem', 'ky niem'] },
  { kind: 'Trao tặng khen thưởng', words: ['trao tang', 'khen thuong', 'huan chuong'] },
  { kind: 'Làm việc, kiểm tra', words: ['lam viec', 'kiem tra'] },
  { kind: 'Hội nghị', words: ['hoi nghi'] },
];

/** The kind of event a title speaks of («Hội nghị sơ kết 6 tháng…» → «Hội nghị sơ kết»), or '' when none fits. */
export function eventKind(title: string): string {
  const folded = ` ${foldForSearch(title).replace(/[^a-z0-9]+/g, ' ')} `;
  return EVENT_KINDS.find((entry) => entry.words.some((words) => folded.includes(` ${words} `)))?.kind ?? '';
}
