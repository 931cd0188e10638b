import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

function run(...files: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/cli/check-vi.ts', ...files], { encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

describe('npm run check-vi', () => {
  it('prints one JSON line per finding with offsets into the NFC text, and exits 1', () => {
    const file = 'tests/fixtures/articles/conference-report-seed.txt';
    const text = readFileSync(file, 'utf8').normalize('NFC');
    const { status, lines } = run(file);
    expect(status).toBe(1);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'rule', 'start', 'end', 'text', 'suggestion']);
      expect(text.slice(line.start as number, line.end as number)).toBe(line.text);
    }
    expect(lines.map((line) => line.text)).toEqual(expect.arrayContaining(['UĐND', '.C']));
  });

  it('exits 0 on a clean article and 2 on a file in an old encoding', () => {
    expect(run('tests/fixtures/articles/conference-report-clean.txt')).toMatchObject({ status: 0, lines: [] });
    const legacy = join(tempDir(), 'tcvn3.txt');
    writeFileSync(legacy, Buffer.from([0xc8, 0xe9, 0x69, 0x20, 0x6e, 0x67, 0x68, 0xde]));
    const result = run(legacy);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('không phải văn bản UTF-8');
  });

  it('reports decomposed letters at their place in the composed text', () => {
    const file = join(tempDir(), 'nfd.txt');
    writeFileSync(file, 'Hội nghị UBND'.normalize('NFD'));
    const { lines } = run(file);
    expect(lines[0]).toMatchObject({ rule: 'nfd', start: 1, end: 2, suggestion: 'ộ' });
  });

  it('reports spelling with the other rules, with a suggestion (alternatives with --verbose), unless --no-spelling', () => {
    const file = join(tempDir(), 'spelling.txt');
    writeFileSync(file, 'Cập nhật thoong tin về năng xuất lao động; làm việc với hiêp hội.\n');
    const { status, lines } = run(file);
    expect(status).toBe(1);
    expect(lines.map((line) => [line.rule, line.text, line.suggestion])).toEqual([
      ['spelling', 'thoong', 'thông'],
      ['spelling', 'năng xuất', 'năng suất'],
      ['spelling', 'hiêp', 'hiệp'],
    ]);
    const verbose = run('--verbose', file).lines[2];
    expect(verbose).toMatchObject({ severity: 'warning', alternatives: expect.arrayContaining(['hiệp', 'hiếp']) });
    expect(run('--no-spelling', file)).toMatchObject({ status: 0, lines: [] });
  });
});
