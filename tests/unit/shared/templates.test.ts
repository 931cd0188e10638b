import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAbbreviations, defaultProperNames } from '../../../electron/services/style-defaults';
import { docToPlainText } from '../../../shared/article/doc-text';
import { StyleChecker } from '../../../shared/style';
import { templateSchema, type FieldValues, type Template } from '../../../shared/templates/model';
import { regenerate } from '../../../shared/templates/regenerate';
import { eventDateOf, renderedDoc, renderTemplate } from '../../../shared/templates/render';
import { validateTemplate } from '../../../shared/templates/validate';

const builtIn = readdirSync('resources/templates').map((name) => templateSchema.parse(JSON.parse(readFileSync(`resources/templates/${name}`, 'utf8'))));
const report = builtIn.find((template) => template.id === 'hoi-nghi-so-ket-tong-ket') as Template;

const GIANG = { name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] };
const HANG = { name: 'Trần Thị Hằng', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'] };
const PHUONG = { name: 'Ngô Tân Phượng', titles: ['Phó Chủ tịch UBND tỉnh'] };

const values: FieldValues = {
  kind: 'Hội nghị sơ kết',
  eventName: 'kết quả thực hiện Quy chế phối hợp công tác nhiệm kỳ 2021-2026',
  when: '2024-01-29T14:00',
  organiser: 'UBND tỉnh',
  chairs: [GIANG],
  attendees: [HANG, PHUONG],
  reports: ['báo cáo kết quả thực hiện Quy chế phối hợp'],
  results: ['Sự phối hợp giữa UBND tỉnh với các cơ quan đã thành nề nếp.'],
  directions: ['tiếp tục phối hợp tuyên truyền các chủ trương mới'],
  tasks: ['tăng cường giám sát, phản biện xã hội'],
  byline: 'Ngô Giang Sơn',
};

describe('built-in templates', () => {
  it('covers the kinds of article the office writes every week', () => {
    const names = builtIn.map((template) => template.name).join(' | ');
    for (const kind of ['sơ kết', 'tổng kết', 'HĐND', 'khai mạc', 'bế mạc', 'Tiếp xúc cử tri', 'thường kỳ UBND', 'kiểm tra tại cơ sở', 'huân chương', 'kỷ niệm', 'Đại hội']) {
      expect(names).toContain(kind);
    }
    for (const template of builtIn) expect(validateTemplate(template), template.id).toBeNull();
  });

  it('writes a conference report in the house style', () => {
    const rendered = renderTemplate(report, values);
    expect(rendered.title).toBe('Hội nghị sơ kết kết quả thực hiện Quy chế phối hợp công tác nhiệm kỳ 2021-2026');
    expect(rendered.lead).toBe(
      'Chiều 29/1, UBND tỉnh tổ chức Hội nghị sơ kết kết quả thực hiện Quy chế phối hợp công tác nhiệm kỳ 2021-2026. ' +
        'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị. ' +
        'Cùng dự có các đồng chí: Trần Thị Hằng, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Ngô Tân Phượng, Phó Chủ tịch UBND tỉnh.',
    );
    const body = rendered.blocks.map((block) => block.text);
    expect(body.at(-1)).toMatch(/\.\/\.$/);
    expect(body.join('\n')).toContain('Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Hương Giang');
    expect(rendered.byline).toBe('Ngô Giang Sơn');
  });

  it('writes text the style checker has nothing to say about', () => {
    const checker = new StyleChecker({
      abbreviations: defaultAbbreviations().map((entry) => entry.abbr),
      properNames: defaultProperNames(),
      toneStyle: 'old',
      officials: [GIANG, HANG, PHUONG],
      eventDate: eventDateOf(report, values),
    });
    for (const template of builtIn) {
      const rendered = renderTemplate(template, template.id === report.id ? values : (template.sample as FieldValues));
      const findings = checker.checkArticle({ title: rendered.title, lead: rendered.lead, byline: rendered.byline, blocks: rendered.blocks.map((block) => block.text) });
      expect(findings.filter((item) => item.rule !== 'lead-date' && item.severity !== 'info'), template.id).toEqual([]);
    }
  });

  it('leaves out what has no value, and uses the plural for two chairs', () => {
    const rendered = renderTemplate(report, { kind: 'Hội nghị tổng kết', eventName: 'năm 2024', when: '2024-12-20T08:30', chairs: [GIANG, HANG] });
    expect(rendered.lead).toBe(
      'Sáng 20/12, UBND tỉnh tổ chức Hội nghị tổng kết năm 2024. Các đồng chí: Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Trần Thị Hằng, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đồng chủ trì Hội nghị.',
    );
    expect(rendered.blocks).toEqual([]);
  });
});

describe('changing a field after the draft was written', () => {
  const first = renderTemplate(report, values);
  const binding = {
    title: first.title,
    lead: first.lead,
    byline: first.byline,
    blocks: Object.fromEntries(first.blocks.map((block) => [block.key, block.text])),
  };
  const article = { title: first.title, lead: first.lead, byline: first.byline, body: renderedDoc(first) };

  it('updates what the template wrote', () => {
    const next = renderTemplate(report, { ...values, when: '2024-01-30T08:00' });
    const result = regenerate(article, binding, next);
    expect(result.conflicts).toEqual([]);
    expect(result.lead.startsWith('Sáng 30/1,')).toBe(true);
  });

  it('never overwrites text the officer wrote, and says what it did not change', () => {
    const edited = {
      ...article,
      lead: `${first.lead} Đây là câu phóng viên tự viết.`,
      body: {
        type: 'doc',
        content: [
          ...(article.body.content ?? []).map((node) =>
            node.attrs?.generated === 'results-1' ? { ...node, content: [{ type: 'text', text: 'Đoạn kết quả đã được sửa tay.' }] } : node,
          ),
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn phóng viên thêm.' }] },
        ],
      },
    };
    const next = renderTemplate(report, { ...values, when: '2024-01-30T08:00', results: ['Kết quả mới.'], reports: [...(values.reports as string[]), 'báo cáo thứ hai'] });
    const result = regenerate(edited, binding, next);
    expect(result.lead).toBe(edited.lead);
    expect(result.conflicts.map((conflict) => conflict.part)).toEqual(['lead', 'results-1']);
    const text = docToPlainText(result.body);
    expect(text).toContain('Đoạn kết quả đã được sửa tay.');
    expect(text).toContain('Đoạn phóng viên thêm.');
    expect(text).toContain('báo cáo thứ hai');
    // Asked and accepted: now it is replaced.
    const accepted = regenerate(edited, binding, next, new Set(['lead', 'results-1']));
    expect(accepted.lead.startsWith('Sáng 30/1,')).toBe(true);
    expect(docToPlainText(accepted.body)).toContain('Kết quả mới.');
    expect(docToPlainText(accepted.body)).toContain('Đoạn phóng viên thêm.');
  });

  it('puts a new part after the part before it', () => {
    const withoutTasks = renderTemplate(report, { ...values, tasks: [] });
    const start = {
      title: withoutTasks.title,
      lead: withoutTasks.lead,
      byline: withoutTasks.byline,
      blocks: Object.fromEntries(withoutTasks.blocks.map((block) => [block.key, block.text])),
    };
    const doc = { title: withoutTasks.title, lead: withoutTasks.lead, byline: withoutTasks.byline, body: renderedDoc(withoutTasks) };
    const result = regenerate(doc, start, renderTemplate(report, values));
    const keys = (result.body.content ?? []).map((node) => node.attrs?.generated);
    expect(keys.at(-1)).toBe('tasks');
  });
});

describe('validation', () => {
  it('refuses a template that uses a field it does not have', () => {
    expect(validateTemplate({ ...report, title: '{{khongCo}}' })).toBe('Mẫu dùng «{{khongCo}}» nhưng không có trường «khongCo».');
    expect(validateTemplate({ ...report, fields: [...report.fields, report.fields[0]] })).toBe('Hai trường cùng mã «kind».');
  });
});

describe('the closing mark', () => {
  it('goes after the last sentence even when the article ends with a list', () => {
    const rendered = renderTemplate(report, { ...values, tasks: [] });
    const last = rendered.blocks.at(-1);
    expect(last?.node.type).toBe('bulletList');
    expect(last?.text.endsWith('./.')).toBe(true);
    expect(rendered.blocks.filter((block) => block.text.includes('./.'))).toHaveLength(1);
  });
});
