import { readFileSync } from 'node:fs';
import { StyleChecker, checkPlainText } from '../shared/style';
const abbr = JSON.parse(readFileSync('resources/dictionaries/abbreviations.json', 'utf8')).entries.map((e: any) => e.abbr);
const names = JSON.parse(readFileSync('resources/dictionaries/proper-names.json', 'utf8')).names;
const checker = new StyleChecker({ abbreviations: abbr, properNames: names, toneStyle: 'auto', officials: [
  { name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
  { name: 'Trần Thị Hằng', titles: ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực HĐND tỉnh'] },
] });
const text = readFileSync('tests/fixtures/articles/conference-report-seed.txt', 'utf8');
for (const f of checkPlainText(text, checker)) console.log(f.rule, f.severity, JSON.stringify(f.text), '→', JSON.stringify(f.suggestion), f.message);
