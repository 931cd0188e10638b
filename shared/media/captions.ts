import type { Official } from '../office/model';

/** The speaker form: "Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị." */
export function speakerCaption(person: Pick<Official, 'name' | 'titles'>, action: string, event: string): string {
  const who = [person.name, ...person.titles].join(', ');
  const tail = event.trim() ? ` ${action.trim()} ${event.trim()}` : ` ${action.trim()}`;
  return `Đồng chí ${who}${tail}.`.replace(/\s+/g, ' ').replace(/\.\.$/, '.');
}

/** The scene form: "Toàn cảnh Hội nghị." / "Quang cảnh Hội nghị." */
export function sceneCaption(kind: 'Toàn cảnh' | 'Quang cảnh', event: string): string {
  return `${kind} ${event.trim() || 'sự kiện'}.`.replace(/\.\.$/, '.');
}

/** The actions a speaker caption offers, most used first. */
export const SPEAKER_ACTIONS = ['phát biểu chỉ đạo', 'phát biểu tại', 'phát biểu kết luận', 'trình bày báo cáo tại', 'chủ trì', 'tham luận tại', 'trao tặng'];

/**
 * A caption with its credit at the end, as the portal or a Word document carries it ("… Hội nghị. (Ảnh: Ngô
 * Giang Sơn)" or "… Ảnh: Ngô Giang Sơn"), split into the caption (its own punctuation kept) and the credit.
 */
export function splitCredit(text: string): { caption: string; credit: string } {
  const normalized = text.normalize('NFC').trim();
  const match = /^(.*?)\s*\(?\s*Ảnh\s*:\s*([^()]+?)\s*\)?\.?$/su.exec(normalized);
  return match && match[1].trim() ? { caption: match[1].trim(), credit: match[2].trim() } : { caption: normalized, credit: '' };
}

/** The event a caption names: the first words of the template's «kind» field («Hội nghị», «Kỳ họp»), else «Hội nghị». */
export function captionEvent(values: Record<string, unknown> | undefined): string {
  const kind = values?.kind;
  if (typeof kind === 'string' && kind.trim()) return kind.trim().split(/\s+/).slice(0, 2).join(' ');
  return 'Hội nghị';
}
