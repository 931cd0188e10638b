import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultAbbreviations, defaultProperNames } from '../../../electron/services/style-defaults';
import { checkPlainText, StyleChecker, toToneStyle, type StyleConfig } from '../../../shared/style';

const OFFICIALS = [
  { name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
  { name: 'Trần Thị Hằng', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'] },
  { name: 'Ngô Tân Phượng', titles: ['Phó Chủ tịch UBND tỉnh'] },
];

function checker(overrides: Partial<StyleConfig> = {}): StyleChecker {
  return new StyleChecker({
    abbreviations: defaultAbbreviations().map((entry) => entry.abbr),
    properNames: defaultProperNames(),
    toneStyle: 'auto',
    officials: OFFICIALS,
    ...overrides,
  });
}

function check(text: string, overrides: Partial<StyleConfig> = {}) {
  return checkPlainText(text, checker(overrides));
}

describe('the style checker on real articles', () => {
  it('shows the seed article’s flaws: UĐND, the missing space after “giải quyết.”, the mixed Uỷ/Ủy', () => {
    const text = readFileSync('tests/fixtures/articles/conference-report-seed.txt', 'utf8');
    const findings = check(text);
    const abbreviation = findings.find((item) => item.rule === 'abbreviation' && item.text === 'UĐND');
    expect(abbreviation).toMatchObject({ severity: 'error', suggestion: 'UBND' });
    expect(text.slice(abbreviation?.start, abbreviation?.end)).toBe('UĐND');
    const space = findings.find((item) => item.rule === 'missing-space' && text.slice(item.start - 10, item.start + 1) === 'giải quyết.');
    expect(space).toMatchObject({ text: '.C', suggestion: '. C' });
    const tones = findings.filter((item) => item.rule === 'tone-style');
    expect(tones.length).toBeGreaterThan(0);
    expect(tones.map((item) => item.text)).toEqual(expect.arrayContaining(['Ủy']));
    expect(text).toContain('Uỷ');
  });

  it('raises nothing on a clean article of the same kind', () => {
    const text = readFileSync('tests/fixtures/articles/conference-report-clean.txt', 'utf8');
    expect(check(text)).toEqual([]);
    expect(check(text, { toneStyle: 'old' })).toEqual([]);
  });
});

describe('rules', () => {
  it('suggests the known abbreviation for a near miss', () => {
    expect(check('Thường trực HĐNĐ tỉnh')[0]).toMatchObject({ rule: 'abbreviation', text: 'HĐNĐ', suggestion: 'HĐND' });
    expect(check('Thường trực HDND tỉnh')[0]).toMatchObject({ rule: 'abbreviation', text: 'HDND', suggestion: 'HĐND' });
    expect(check('Đại hội XIII của Đảng, khóa XVI')).toEqual([]);
    expect(check('Hội nghị ABCXYZ')[0]).toMatchObject({ rule: 'abbreviation', severity: 'info', suggestion: null });
    expect(check('HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM')).toEqual([]);
  });

  it('catches look-alike, decomposed and hidden characters', () => {
    expect(check('\u00d0ảng bộ tỉnh')[0]).toMatchObject({ rule: 'lookalike', text: '\u00d0', suggestion: 'Đ' });
    const nfd = check('Hội nghị'.normalize('NFD'));
    expect(nfd.every((item) => item.rule === 'nfd')).toBe(true);
    expect(nfd[0].suggestion).toBe('ộ');
    expect(check('Hội\u200bnghị')[0]).toMatchObject({ rule: 'control-character', suggestion: '' });
    expect(check('Ủy ban МTTQ')[0]).toMatchObject({ rule: 'lookalike', suggestion: 'M' });
  });

  it('catches spacing mistakes', () => {
    expect(check('đã được giải quyết.Chế độ thông tin')[0]).toMatchObject({ rule: 'missing-space', text: '.C', suggestion: '. C' });
    expect(check('nhiệm kỳ2019 - 2024')[0]).toMatchObject({ rule: 'missing-space', text: 'ỳ2019', suggestion: 'ỳ 2019' });
    expect(check('các sở,ngành')[0]).toMatchObject({ rule: 'missing-space', suggestion: ', n' });
    expect(check('Hội nghị , các đại biểu')[0]).toMatchObject({ rule: 'space-before-punctuation', suggestion: '' });
    expect(check('Hội nghị  tổng kết')[0]).toMatchObject({ rule: 'double-space', suggestion: ' ' });
    expect(check('kinh tế- xã hội')[0]).toMatchObject({ rule: 'missing-space', suggestion: ' - ' });
    expect(check('TP.HCM, GS.TS Nguyễn Văn A, 2021-2026, lúc 16:30, 1,5 tỷ đồng, 29/1, www.quangninh.gov.vn')).toEqual([]);
  });

  it('catches unbalanced brackets and quotes', () => {
    expect(check('(Ảnh: Ngô Giang Sơn')[0]).toMatchObject({ rule: 'unbalanced', text: '(' });
    expect(check('“Đoàn kết, dân chủ')[0]).toMatchObject({ rule: 'unbalanced', text: '“' });
    expect(check('phát biểu "chỉ đạo')[0]).toMatchObject({ rule: 'unbalanced', text: '"' });
    expect(check('(Ảnh: PV) và “Đoàn kết”')).toEqual([]);
  });

  it('flags mixed tone placement, or any departure from the office’s choice', () => {
    const mixed = check('Uỷ ban kiểm tra Tỉnh ủy và Ủy ban MTTQ');
    expect(mixed.map((item) => item.text)).toEqual(['Uỷ']);
    expect(mixed[0].suggestion).toBe('Ủy');
    expect(check('Ủy ban MTTQ tỉnh, hòa giải', { toneStyle: 'new' }).map((item) => item.suggestion)).toEqual(['Uỷ', 'hoà']);
    expect(toToneStyle('Khoá', 'old')).toBe('Khóa');
  });

  it('fixes the capitals of the names of bodies, keeping the writer’s tone placement', () => {
    expect(check('Ban chấp hành Đảng bộ tỉnh')[0]).toMatchObject({ rule: 'capitalisation', text: 'Ban chấp hành', suggestion: 'Ban Chấp hành' });
    expect(check('Đồng chí là thành viên ủy ban MTTQ tỉnh')[0]).toMatchObject({ suggestion: 'Ủy ban MTTQ' });
    expect(check('Ban Chấp Hành Đảng bộ')[0]).toMatchObject({ suggestion: 'Ban Chấp hành' });
  });

  it('checks the titles of officials against the directory and within the article', () => {
    const wrong = check('Đồng chí Nguyễn Hương Giang, Phó Chủ tịch UBND tỉnh chủ trì Hội nghị.');
    expect(wrong[0]).toMatchObject({ rule: 'person-title', text: 'Phó Chủ tịch UBND tỉnh', suggestion: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' });
    const stranger = { name: 'Lê Văn Minh', titles: [] };
    const twice = check('Đồng chí Lê Văn Minh, Giám đốc Sở Tài chính phát biểu.\nĐồng chí Lê Văn Minh, Giám đốc Sở Xây dựng kết luận.', {
      officials: [stranger],
    });
    expect(twice[0]).toMatchObject({ rule: 'person-title', text: 'Giám đốc Sở Xây dựng', suggestion: 'Giám đốc Sở Tài chính' });
    expect(check('Đồng chí Trần Thị Hằng, Uỷ viên BTV Tỉnh uỷ, Phó Chủ tịch Thường trực HĐND tỉnh tham luận.', { toneStyle: 'new' })).toEqual([]);
  });

  it('checks the lead’s date and time of day against the event', () => {
    const c = checker({ eventDate: { year: 2024, month: 1, day: 29, hour: 14 } });
    const right = c.checkArticle({ title: 'Hội nghị', lead: 'Chiều 29/1, UBND tỉnh tổ chức Hội nghị.', blocks: [], byline: '' });
    expect(right).toEqual([]);
    const wrong = c.checkArticle({ title: 'Hội nghị', lead: 'Sáng 28/1, UBND tỉnh tổ chức Hội nghị.', blocks: [], byline: '' });
    expect(wrong.map((item) => [item.field, item.text, item.suggestion])).toEqual([
      ['lead', '28/1', '29/1'],
      ['lead', 'Sáng', 'Chiều'],
    ]);
  });
});

describe('speed by design', () => {
  it('checks an unchanged block once', () => {
    const c = checker();
    const first = c.checkBlock('Chiều 29/1, UBND tỉnh tổ chức Hội nghị.');
    expect(c.checkBlock('Chiều 29/1, UBND tỉnh tổ chức Hội nghị.')).toBe(first);
  });

  it('checks a long article a slice at a time, then as a whole from what the slices found', () => {
    const c = checker();
    const blocks = Array.from({ length: 30 }, (_, index) => `Đoạn ${index + 1}: Uỷ ban nhân dân tỉnh họp.Hội nghị diễn ra.`);
    expect(c.unchecked(blocks)).toBe(30);
    // No time at all still checks one text a call, so the slices always come to an end.
    expect(c.warm(blocks, () => false)).toBe(false);
    expect(c.unchecked(blocks)).toBe(29);
    let budget = 10;
    expect(c.warm(blocks, () => (budget -= 1) > 0)).toBe(false);
    expect(c.unchecked(blocks)).toBe(19);
    while (!c.warm(blocks, () => true));
    expect(c.unchecked(blocks)).toBe(0);
    const whole = c.checkArticle({ title: '', lead: '', byline: '', blocks });
    expect(whole).toEqual(checker().checkArticle({ title: '', lead: '', byline: '', blocks }));
    expect(whole.filter((finding) => finding.field === 'body').length).toBeGreaterThanOrEqual(30);
  });
});
