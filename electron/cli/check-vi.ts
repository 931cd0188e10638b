/**
 * `npm run check-vi -- FILE...`: the Vietnamese style checker over old files, for batch use.
 * Prints one JSON line per finding, {"file","rule","start","end","text","suggestion"}, with offsets in
 * UTF-16 code units of the file's NFC text; exits 1 if there is any finding, 2 if a file cannot be read.
 * Options: --verbose adds "severity" and "message"; --tone old|new picks the office's tone placement;
 * --no-spelling leaves spelling out (rule "spelling", with a suggestion; "alternatives" with --verbose).
 */
import { styleConfig } from '../../shared/style/config';
import { readFileSync } from 'node:fs';
import { checkPlainText, StyleChecker, type Finding } from '../../shared/style';
import { decodeText } from '../services/text-file';
import { builtInLexicon, defaultAbbreviations, defaultConfusions, defaultProperNames } from '../services/style-defaults';
import { optionsOrExit } from './options';

interface Options {
  files: string[];
  verbose: boolean;
  tone: 'old' | 'new' | 'auto';
  spelling: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { files: [], verbose: false, tone: 'auto', spelling: true };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--verbose') options.verbose = true;
    else if (arg === '--no-spelling') options.spelling = false;
    else if (arg === '--tone') {
      const value = argv[++index];
      if (value !== 'old' && value !== 'new') throw new Error('--tone nhận «old» (hòa, Ủy) hoặc «new» (hoà, Uỷ)');
      options.tone = value;
    } else options.files.push(arg);
  }
  return options;
}

/** Decomposed letters, reported at their place in the NFC text; returns that text too. */
export function composeWithFindings(original: string): { text: string; findings: Finding[] } {
  let text = '';
  const findings: Finding[] = [];
  for (const match of original.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const cluster = match[0];
    const composed = cluster.normalize('NFC');
    if (composed !== cluster && /^\p{L}/u.test(cluster)) {
      findings.push({
        rule: 'nfd',
        severity: 'error',
        start: text.length,
        end: text.length + composed.length,
        text: cluster,
        message: `Chữ «${composed}» được ghép từ ký tự rời (NFD); nên dùng dạng dựng sẵn (NFC).`,
        suggestion: composed,
      });
    }
    text += composed;
  }
  return { text: text.normalize('NFC'), findings };
}

function main(): void {
  const options = optionsOrExit(parseArgs, 'npm run check-vi -- [--verbose] [--tone old|new] [--no-spelling] TỆP...');
  const office = { abbreviations: defaultAbbreviations(), properNames: defaultProperNames(), officials: [], confusions: defaultConfusions() };
  const checker = new StyleChecker(styleConfig(office, { toneStyle: options.tone, spellingCheck: options.spelling }, undefined, builtInLexicon()));
  let found = 0;
  let unreadable = 0;
  for (const file of options.files) {
    let original: string;
    try {
      original = decodeText(readFileSync(file), `Tệp ${file}`, { keepForm: true });
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      unreadable += 1;
      continue;
    }
    const composed = composeWithFindings(original);
    const findings = [...composed.findings, ...checkPlainText(composed.text, checker)].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const item of findings) {
      const line: Record<string, unknown> = { file, rule: item.rule, start: item.start, end: item.end, text: item.text, suggestion: item.suggestion };
      if (options.verbose) Object.assign(line, { severity: item.severity, message: item.message, ...(item.alternatives ? { alternatives: item.alternatives } : {}) });
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    found += findings.length;
  }
  process.exit(unreadable > 0 ? 2 : found > 0 ? 1 : 0);
}

main();
