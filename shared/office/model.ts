import { z } from 'zod';
export { houseForm } from './house-form';

export const officialIdSchema = z.string().regex(/^[a-z0-9-]{6,64}$/, 'Mã cán bộ không hợp lệ');

export const officialSchema = z.object({
  id: officialIdSchema,
  name: z.string().trim().min(2, 'Hãy nhập họ và tên').max(120),
  /** Current titles, most important first, as the house writes them: "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh". */
  titles: z.array(z.string().trim().min(1).max(200)).max(12),
  organisation: z.string().trim().max(200),
});
export type Official = z.infer<typeof officialSchema>;

export const abbreviationSchema = z.object({
  abbr: z.string().trim().min(1, 'Viết tắt không được để trống').max(20).regex(/^[\p{Lu}\p{N}][\p{L}\p{N}&.-]*$/u, 'Viết tắt bắt đầu bằng chữ hoa hoặc số'),
  expansion: z.string().trim().max(200),
});
export type Abbreviation = z.infer<typeof abbreviationSchema>;

export const codeSchema = z.object({
  code: z.string().trim().regex(/^[a-z0-9đ]{2,12}$/u, 'Mã gõ tắt gồm 2–12 chữ thường hoặc số, không dấu cách'),
  text: z.string().trim().min(1, 'Hãy nhập nội dung thay thế').max(500),
});
export type CodeReplacement = z.infer<typeof codeSchema>;

/** A word of the office's spelling dictionary: letters (with marks), digits, an apostrophe or a hyphen inside. */
export const dictionaryWordSchema = z
  .string()
  .trim()
  .min(1, 'Hãy nhập một từ')
  .max(60, 'Từ dài quá 60 ký tự')
  .regex(/^[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*$/u, 'Mỗi lần thêm một từ: chữ cái, chữ số, có thể có dấu nháy hoặc gạch nối ở giữa')
  .transform((word) => word.normalize('NFC'));

/** A real-word confusion of the office's list: «năng xuất» is written where «năng suất» is meant. */
export const confusionSchema = z.object({
  wrong: z.string().trim().min(1, 'Hãy nhập cách viết sai').max(80).transform((text) => text.normalize('NFC')),
  right: z.string().trim().min(1, 'Hãy nhập cách viết đúng').max(80).transform((text) => text.normalize('NFC')),
});
export type ConfusionEntry = z.infer<typeof confusionSchema>;
