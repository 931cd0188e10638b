import { z } from 'zod';

export const FIELD_TYPES = ['text', 'choice', 'datetime', 'people', 'list', 'paragraphs'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: 'Một dòng chữ',
  choice: 'Chọn một',
  datetime: 'Ngày giờ',
  people: 'Danh sách người (kèm chức danh)',
  list: 'Danh sách mục',
  paragraphs: 'Các đoạn văn',
};

const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'Mã trường chỉ gồm chữ Latinh và số, bắt đầu bằng chữ');

export const templateFieldSchema = z.object({
  key,
  label: z.string().trim().min(1, 'Trường cần có nhãn').max(100),
  type: z.enum(FIELD_TYPES),
  options: z.array(z.string().max(200)).max(30).optional(),
  default: z.string().max(500).optional(),
  placeholder: z.string().max(300).optional(),
  help: z.string().max(300).optional(),
});
export type TemplateField = z.infer<typeof templateFieldSchema>;

export const BLOCK_TYPES = ['paragraph', 'heading', 'bulletList'] as const;

export const templateBlockSchema = z.object({
  /** Stable name of what this block generates, so a later change of a field updates it in place. */
  key: z.string().regex(/^[a-zA-Z0-9-]{1,40}$/, 'Mã đoạn không hợp lệ'),
  type: z.enum(BLOCK_TYPES),
  text: z.string().max(5_000),
  /** Only when this field (or `field.one` / `field.many` of a people field) has a value. */
  when: z.string().max(60).optional(),
  /** One paragraph (or list item) per entry of this list or paragraphs field; `{{item}}` is the entry. */
  each: z.string().max(60).optional(),
});
export type TemplateBlock = z.infer<typeof templateBlockSchema>;

export const templateIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'Mã mẫu không hợp lệ');

export const templateSchema = z.object({
  schemaVersion: z.literal(1),
  id: templateIdSchema,
  name: z.string().trim().min(1, 'Mẫu cần có tên').max(150),
  description: z.string().max(1_000),
  /** Words used in the text: {{short}} → "Hội nghị". */
  constants: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), z.string().max(300)).default({}),
  fields: z.array(templateFieldSchema).max(40),
  title: z.string().max(1_000),
  lead: z.string().max(5_000),
  body: z.array(templateBlockSchema).max(200),
  byline: z.string().max(500),
  /** Values that show what the template writes, in the chooser's preview. */
  sample: z.record(z.string(), z.unknown()).default({}),
});
export type Template = z.infer<typeof templateSchema>;

export const templateSummarySchema = z.object({
  id: templateIdSchema,
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const personValueSchema = z.object({ name: z.string().max(200), titles: z.array(z.string().max(200)).max(12) });
export type PersonValue = z.infer<typeof personValueSchema>;

/** A field's value: text for text, choice and datetime (`yyyy-mm-ddTHH:mm`), a list of people, or a list of strings. */
export const fieldValueSchema = z.union([z.string().max(20_000), z.array(personValueSchema).max(60), z.array(z.string().max(5_000)).max(100)]);
export type FieldValue = z.infer<typeof fieldValueSchema>;
export type FieldValues = Record<string, FieldValue>;

/** What the template wrote last time, to tell generated text from text the officer changed. */
export const templateBindingSchema = z.object({
  templateId: templateIdSchema,
  templateName: z.string().max(150),
  values: z.record(z.string(), fieldValueSchema),
  generated: z.object({
    title: z.string(),
    lead: z.string(),
    byline: z.string(),
    blocks: z.record(z.string(), z.string()),
  }),
});
export type TemplateBinding = z.infer<typeof templateBindingSchema>;
