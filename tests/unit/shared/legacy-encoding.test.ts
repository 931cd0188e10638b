import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../shared/text/decode-file';
import { detectLegacy, encodingOfFont, fromTcvn3, fromVni, toTcvn3, toVni, VIETNAMESE_LETTERS } from '../../../shared/text/legacy-encoding';

const SENTENCE = 'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị sơ kết.';

/** A byte for each character as Windows code page 1252 shows it (what the legacy fonts' text is on disk). */
function cp1252Bytes(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoded = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, index) => index));
  [...decoded].forEach((char, index) => table.set(char, index));
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f));
}

/** Windows-1258: precomposed where the code page has the letter, else the base letter and a combining tone. */
function cp1258Bytes(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoded = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, index) => index));
  [...decoded].forEach((char, index) => table.set(char, index));
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    if (table.has(char)) {
      out.push(table.get(char) as number);
      continue;
    }
    const parts = [...char.normalize('NFD')];
    const tone = parts.find((part) => /[\u0300\u0301\u0303\u0309\u0323]/.test(part)) as string;
    const base = parts.filter((part) => part !== tone).join('').normalize('NFC');
    out.push(table.get(base) as number, table.get(tone) as number);
  }
  return Uint8Array.from(out);
}

describe('TCVN3 and VNI', () => {
  it('has every Vietnamese letter in both cases (67 vowels with marks and tones, đ, the consonants)', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength((12 * 6 + 1 + 16) * 2);
    expect(VIETNAMESE_LETTERS).toContain('Ỵ');
    expect(VIETNAMESE_LETTERS).toContain('ặ');
  });

  it('Unicode → TCVN3 → Unicode gives the same NFC text for every letter, capitals through the capitals fonts', () => {
    const text = VIETNAMESE_LETTERS.join(' ');
    const runs = toTcvn3(text);
    expect(runs.some((run) => run.capitals)).toBe(true);
    expect(runs.map((run) => fromTcvn3(run.text, { capitals: run.capitals })).join('')).toBe(text.normalize('NFC'));
    for (const letter of VIETNAMESE_LETTERS) {
      const back = toTcvn3(letter)
        .map((run) => fromTcvn3(run.text, { capitals: run.capitals }))
        .join('');
      expect(back, letter).toBe(letter);
    }
  });

  it('Unicode → VNI → Unicode gives the same NFC text for every letter, both cases', () => {
    for (const letter of VIETNAMESE_LETTERS) expect(fromVni(toVni(letter)), letter).toBe(letter);
    expect(fromVni(toVni(SENTENCE))).toBe(SENTENCE);
    expect(fromVni(toVni(SENTENCE.toUpperCase()))).toBe(SENTENCE.toUpperCase());
  });

  it('reads the published examples', () => {
    expect(fromTcvn3('Héi nghÞ s¬ kÕt')).toBe('Hội nghị sơ kết');
    expect(fromTcvn3('B¶o Th¾ng, M­êng Kh­¬ng, B¸t X¸t')).toBe('Bảo Thắng, Mường Khương, Bát Xát');
    expect(fromTcvn3('héi nghÞ', { capitals: true })).toBe('HỘI NGHỊ');
    expect(fromVni('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    expect(toVni('Xin chào các bạn')).toBe('Xin chaøo caùc baïn');
  });

  it('tells garbled text from Unicode, and which encoding it is', () => {
    expect(detectLegacy('Héi nghÞ s¬ kÕt C«ng t¸c d©n vËn n¨m 2024')).toBe('tcvn3');
    expect(detectLegacy(toVni(SENTENCE))).toBe('vni');
    expect(detectLegacy(toTcvn3(SENTENCE.toLowerCase())[0].text)).toBe('tcvn3');
    expect(detectLegacy(SENTENCE)).toBeNull();
    expect(detectLegacy('Café au lait, déjà vu.')).toBeNull();
    expect(detectLegacy('Theo § 3 Điều 12 Nghị định số 08/2024/NĐ-CP, mức phạt tăng ¼.')).toBeNull();
    expect(detectLegacy('Hello, world.')).toBeNull();
    // A whole article in Unicode, with its own flaws (a misspelt abbreviation, a missing space), stays as it is.
    expect(detectLegacy(readFileSync('tests/fixtures/articles/conference-report-seed.txt', 'utf8'))).toBeNull();
    // VNI read as TCVN3 also gives Vietnamese letters, but not Vietnamese syllables ("Hoọi", "coõng").
    expect(detectLegacy(toVni('Hội nghị sơ kết công tác dân vận năm 2024 của tỉnh Quảng Ninh.'))).toBe('vni');
  });

  it('knows the fonts', () => {
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(encodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('.VnArial NarrowH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('VNI-Helve')).toEqual({ encoding: 'vni', capitals: false });
    expect(encodingOfFont('Times New Roman')).toBeNull();
  });
});

describe('text files in an office archive', () => {
  it('reads UTF-8 (with and without a mark), UTF-16, Windows-1258, TCVN3 and VNI, always into NFC', () => {
    const utf8 = new TextEncoder().encode(SENTENCE);
    expect(decodeTextFile(utf8)).toEqual({ text: SENTENCE, encoding: 'utf-8' });
    expect(decodeTextFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: SENTENCE, encoding: 'utf-8' });
    expect(decodeTextFile(new TextEncoder().encode(SENTENCE.normalize('NFD')))).toEqual({ text: SENTENCE, encoding: 'utf-8' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    expect(decodeTextFile(utf16)).toEqual({ text: SENTENCE, encoding: 'utf-16le' });
    expect(decodeTextFile(cp1258Bytes(SENTENCE))).toEqual({ text: SENTENCE, encoding: 'windows-1258' });
    const lower = SENTENCE.toLowerCase();
    expect(decodeTextFile(cp1252Bytes(toTcvn3(lower)[0].text))).toEqual({ text: lower, encoding: 'tcvn3' });
    expect(decodeTextFile(cp1252Bytes(toVni(SENTENCE)))).toEqual({ text: SENTENCE, encoding: 'vni' });
  });
});
