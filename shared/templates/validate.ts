import type { Template } from './model';

const NAME = /\{\{[#^/]?([\w.]+)\}\}/g;

/** What is wrong with a template beyond its shape (unknown names, duplicate keys), or null. */
export function validateTemplate(template: Template): string | null {
  const keys = new Set<string>();
  for (const field of template.fields) {
    if (keys.has(field.key)) return `Hai trường cùng mã «${field.key}».`;
    keys.add(field.key);
    if (field.type === 'choice' && (!field.options || field.options.length === 0)) return `Trường «${field.label}» kiểu «Chọn một» cần có các lựa chọn.`;
  }
  const known = (name: string): boolean => {
    const root = name.split('.')[0];
    return root === 'item' || keys.has(root) || root in template.constants;
  };
  const blockKeys = new Set<string>();
  for (const block of template.body) {
    if (blockKeys.has(block.key)) return `Hai đoạn cùng mã «${block.key}».`;
    blockKeys.add(block.key);
    for (const name of [block.when, block.each].filter((value): value is string => Boolean(value))) {
      if (!known(name)) return `Đoạn «${block.key}» dựa vào trường «${name}» không có trong mẫu.`;
    }
  }
  const texts = [template.title, template.lead, template.byline, ...template.body.map((block) => block.text)];
  for (const text of texts) {
    for (const match of text.matchAll(NAME)) {
      if (!known(match[1])) return `Mẫu dùng «{{${match[1]}}}» nhưng không có trường «${match[1].split('.')[0]}».`;
    }
  }
  return null;
}
