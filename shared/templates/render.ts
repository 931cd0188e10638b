import { docToPlainText } from '../article/doc-text';
import type { DocNode } from '../article/model';
import { dayPart } from '../style/check';
import type { EventDate } from '../style/types';
import type { FieldValue, FieldValues, PersonValue, Template, TemplateBlock } from './model';

export interface RenderedBlock {
  key: string;
  node: DocNode;
  text: string;
}

export interface Rendered {
  title: string;
  lead: string;
  byline: string;
  blocks: RenderedBlock[];
}

type Scope = Record<string, string | boolean>;

/** "2024-01-29T14:00" → the parts a lead needs. */
export function parseDateTime(value: string): EventDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour] = match;
  return { year: Number(year), month: Number(month), day: Number(day), hour: hour === undefined ? undefined : Number(hour) };
}

/** The event's date for the style checker: the template's first date field. */
export function eventDateOf(template: Pick<Template, 'fields'>, values: FieldValues): EventDate | null {
  const field = template.fields.find((item) => item.type === 'datetime');
  const value = field ? values[field.key] : undefined;
  return typeof value === 'string' ? parseDateTime(value) : null;
}

function person(value: PersonValue): string {
  return [value.name, ...value.titles].filter(Boolean).join(', ');
}

function lines(value: FieldValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return value.split('\n').map((line) => line.trim()).filter(Boolean);
  return (value as (string | PersonValue)[]).map((item) => (typeof item === 'string' ? item.trim() : person(item))).filter(Boolean);
}

/** Every name a template's text may use, for these values. */
export function scopeOf(template: Template, values: FieldValues): Scope {
  const scope: Scope = { ...template.constants };
  for (const field of template.fields) {
    const value = values[field.key] ?? field.default ?? '';
    const k = field.key;
    switch (field.type) {
      case 'datetime': {
        const date = typeof value === 'string' ? parseDateTime(value) : null;
        scope[k] = date ? `${date.day}/${date.month}/${date.year}` : '';
        if (date) {
          scope[`${k}.date`] = `${date.day}/${date.month}`;
          scope[`${k}.fullDate`] = `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
          scope[`${k}.year`] = String(date.year);
          scope[`${k}.dayPart`] = date.hour === undefined ? 'Ngày' : dayPart(date.hour);
          scope[`${k}.dayPartLower`] = String(scope[`${k}.dayPart`]).toLowerCase();
        }
        break;
      }
      case 'people': {
        const people = Array.isArray(value) ? (value as PersonValue[]).filter((item) => typeof item === 'object' && item.name.trim()) : [];
        scope[k] = people.map(person).join('; ');
        scope[`${k}.names`] = String(scope[k]);
        scope[`${k}.one`] = people.length === 1;
        scope[`${k}.many`] = people.length > 1;
        if (people[0]) {
          scope[`${k}.first.name`] = people[0].name;
          scope[`${k}.first.titles`] = people[0].titles.join(', ');
          scope[`${k}.first`] = person(people[0]);
          scope[`${k}.first.lastTitle`] = people[0].titles.at(-1) ?? '';
        }
        break;
      }
      case 'list':
      case 'paragraphs': {
        const items = lines(value);
        scope[k] = items.join('; ');
        scope[`${k}.joined`] = items.join('; ');
        if (items[0]) scope[`${k}.first`] = items[0];
        break;
      }
      default:
        scope[k] = typeof value === 'string' ? value.trim() : '';
    }
  }
  return scope;
}

const SECTION = /\{\{([#^])([\w.]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
const VARIABLE = /\{\{([\w.]+)\}\}/g;

function truthy(value: string | boolean | undefined): boolean {
  return value === true || (typeof value === 'string' && value.trim() !== '');
}

/** A tiny Mustache: {{name}}, {{#name}}…{{/name}} when it has a value, {{^name}}…{{/name}} when not. */
export function fill(pattern: string, scope: Scope): string {
  let text = pattern;
  for (let pass = 0; pass < 5 && SECTION.test(text); pass += 1) {
    SECTION.lastIndex = 0;
    text = text.replace(SECTION, (_all, kind: string, name: string, inner: string) => ((kind === '#') === truthy(scope[name]) ? inner : ''));
  }
  return text.replace(VARIABLE, (_all, name: string) => {
    const value = scope[name];
    return typeof value === 'string' ? value : '';
  });
}

/** Spaces and punctuation tidied after empty parts fell out; the first letter a capital. */
export function tidy(text: string): string {
  const cleaned = text
    .replace(/\s+/g, ' ')
    .replace(/ +([,.;:])/g, '$1')
    .replace(/([,;:])(?=[,.;:])/g, '')
    .replace(/^[\s,.;:]+/, '')
    .trim();
  return cleaned.charAt(0).toUpperCase() + cleaned.slice(1);
}

function textNode(type: 'paragraph' | 'heading', key: string, text: string): DocNode {
  return {
    type,
    attrs: type === 'heading' ? { level: 2, generated: key } : { generated: key },
    content: text ? [{ type: 'text', text }] : [],
  };
}

function renderBlock(block: TemplateBlock, scope: Scope, values: FieldValues): RenderedBlock[] {
  if (block.when && !truthy(scope[block.when])) return [];
  const items = block.each ? lines(values[block.each]) : null;
  if (block.type === 'bulletList') {
    const entries = (items ?? [null]).map((item) => tidy(fill(block.text, { ...scope, item: item ?? '' }))).filter(Boolean);
    if (entries.length === 0) return [];
    const node: DocNode = {
      type: 'bulletList',
      attrs: { generated: block.key },
      content: entries.map((entry) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: entry }] }] })),
    };
    return [{ key: block.key, node, text: docToPlainText(node) }];
  }
  if (items) {
    return items
      .map((item, index) => ({ key: `${block.key}-${index + 1}`, text: tidy(fill(block.text, { ...scope, item })) }))
      .filter((entry) => entry.text)
      .map((entry) => ({ ...entry, node: textNode(block.type as 'paragraph' | 'heading', entry.key, entry.text) }));
  }
  const text = tidy(fill(block.text, scope));
  return text ? [{ key: block.key, node: textNode(block.type as 'paragraph' | 'heading', block.key, text), text }] : [];
}

function closed(text: string): string {
  if (text.endsWith('./.')) return text;
  return text.endsWith('.') ? `${text.slice(0, -1)}./.` : `${text}./.`;
}

/** The house closing "./." after the last sentence: the last paragraph, or the last item of a closing list. */
function closeArticle(last: RenderedBlock | undefined): void {
  if (!last) return;
  if (last.node.type === 'bulletList') {
    const items = last.node.content ?? [];
    const item = items[items.length - 1]?.content?.[0]?.content?.[0];
    if (item?.text) item.text = closed(item.text);
    last.text = docToPlainText(last.node);
    return;
  }
  if (last.node.type !== 'paragraph') return;
  last.text = closed(last.text);
  last.node = textNode('paragraph', last.key, last.text);
}

/** The draft a template writes for these values: title, lead, body blocks (each with its key), byline. */
export function renderTemplate(template: Template, values: FieldValues): Rendered {
  const scope = scopeOf(template, values);
  const blocks = template.body.flatMap((block) => renderBlock(block, scope, values));
  closeArticle(blocks.at(-1));
  return {
    title: tidy(fill(template.title, scope)),
    lead: tidy(fill(template.lead, scope)),
    byline: tidy(fill(template.byline, scope)),
    blocks,
  };
}

export function renderedDoc(rendered: Rendered): DocNode {
  const content = rendered.blocks.map((block) => block.node);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
