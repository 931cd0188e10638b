/**
 * `npm run convert-vi -- [--out DIR] FILE...`: old documents of an office's archive into Unicode.
 * Each file's text goes to standard output as Unicode NFC (or, with --out, into DIR under the same name,
 * UTF-8); for each file a line on standard error says which encoding was found. Text files in UTF-8,
 * UTF-16, Windows-1258, TCVN3 (ABC) and VNI-Windows. Exits 2 if a file could not be read, else 0.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeTextFile, ENCODING_LABELS } from '../../shared/text/decode-file';
import { optionsOrExit } from './options';

function parseArgs(argv: string[]): { files: string[]; out: string | null } {
  const options = { files: [] as string[], out: null as string | null };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--out') {
      const dir = argv[++index];
      if (!dir) throw new Error('--out cần tên thư mục');
      options.out = dir;
    } else options.files.push(argv[index]);
  }
  return options;
}

/** Bytes that are no text at all: a .doc, a picture, a zip (a .docx). */
function notText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'tệp Word cũ (.doc): hãy mở bằng Word và lưu thành .docx hoặc .txt';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'tệp nén (có thể là .docx): hãy nhập vào Tòa soạn bằng «Nhập Word»';
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'không phải tệp văn bản';
  return null;
}

function main(): void {
  const options = optionsOrExit(parseArgs, 'npm run convert-vi -- [--out THƯ_MỤC] TỆP...');
  if (options.out) mkdirSync(options.out, { recursive: true });
  let unreadable = 0;
  for (const file of options.files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as { code?: string }).code;
      console.error(`${file}: không đọc được (${code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'là thư mục' : (error as Error).message})`);
      unreadable += 1;
      continue;
    }
    const problem = notText(bytes);
    if (problem) {
      console.error(`${file}: không chuyển được — ${problem}`);
      unreadable += 1;
      continue;
    }
    const { text, encoding } = decodeTextFile(bytes);
    if (options.out) {
      const target = join(options.out, basename(file));
      writeFileSync(target, text.endsWith('\n') ? text : `${text}\n`);
      console.error(`${file}: ${ENCODING_LABELS[encoding]} → Unicode NFC (${target})`);
    } else {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      console.error(`${file}: ${ENCODING_LABELS[encoding]} → Unicode NFC`);
    }
  }
  process.exit(unreadable > 0 ? 2 : 0);
}

main();
