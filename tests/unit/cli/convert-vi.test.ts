import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTcvn3, toVni } from '../../../shared/text/legacy-encoding';
import { tempDir } from '../helpers';

function run(...args: string[]) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'electron/cli/convert-vi.ts', ...args], { encoding: 'utf8' });
}

/** Text as a legacy font's bytes on disk (the characters Windows shows are the bytes, code page 1252). */
function legacyBytes(text: string): Buffer {
  const table = new Map<string, number>();
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, index) => index))].forEach((char, index) => table.set(char, index));
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}

const TEXT = 'Hội nghị sơ kết công tác dân vận năm 2024 của tỉnh Quảng Ninh.';

describe('npm run convert-vi', () => {
  it('writes each file as Unicode NFC and says which encoding it found', () => {
    const dir = tempDir();
    const tcvn3 = join(dir, 'bao-cao-tcvn3.txt');
    const vni = join(dir, 'bao-cao-vni.txt');
    const nfd = join(dir, 'bao-cao-nfd.txt');
    writeFileSync(tcvn3, legacyBytes(toTcvn3(TEXT.toLowerCase())[0].text));
    writeFileSync(vni, legacyBytes(toVni(TEXT)));
    writeFileSync(nfd, TEXT.normalize('NFD'));
    const result = run(tcvn3, vni, nfd);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${TEXT.toLowerCase()}\n${TEXT}\n${TEXT}\n`);
    expect(result.stderr).toBe(`${tcvn3}: TCVN3 (ABC) → Unicode NFC\n${vni}: VNI-Windows → Unicode NFC\n${nfd}: UTF-8 → Unicode NFC\n`);
  });

  it('with --out writes the files into a folder, and exits 2 on a file it could not read while doing the others', () => {
    const dir = tempDir();
    const out = join(dir, 'unicode');
    const good = join(dir, 'tcvn3.txt');
    const old = join(dir, 'cu.doc');
    writeFileSync(good, legacyBytes(toTcvn3(TEXT.toLowerCase())[0].text));
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const result = run('--out', out, join(dir, 'khong-co.txt'), old, good);
    expect(result.status).toBe(2);
    expect(readFileSync(join(out, 'tcvn3.txt'), 'utf8')).toBe(`${TEXT.toLowerCase()}\n`);
    expect(result.stderr).toContain('khong-co.txt: không đọc được (không có tệp này)');
    expect(result.stderr).toContain('cu.doc: không chuyển được — tệp Word cũ (.doc): hãy mở bằng Word và lưu thành .docx hoặc .txt');
    expect(result.stdout).toBe('');
  });
});
