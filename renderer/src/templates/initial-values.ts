import type { FieldValues, Template } from '../../../shared/templates/model';

function localDateTime(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:00`;
}

/** What a new article from this template starts with: each field's default, now for dates, the author for the byline. */
export function initialValues(template: Template, authorName: string, now = new Date()): FieldValues {
  const values: FieldValues = {};
  for (const field of template.fields) {
    if (field.type === 'datetime') values[field.key] = localDateTime(now);
    else if (field.type === 'people' || field.type === 'list') values[field.key] = [];
    else if (field.key === 'byline') values[field.key] = field.default ?? authorName;
    else values[field.key] = field.default ?? (field.type === 'choice' ? (field.options?.[0] ?? '') : '');
  }
  return values;
}
