import { describe, expect, it } from 'vitest';
import { expandCode } from '../../../renderer/src/office/expand-code';

const codes: Record<string, string> = { ctt: 'Chủ tịch UBND tỉnh', pctt: 'Phó Chủ tịch UBND tỉnh' };
const lookup = (code: string) => codes[code];

describe('typing codes in a text field', () => {
  it('expands a code when a space or a punctuation mark follows it', () => {
    expect(expandCode('Đồng chí ctt ', 13, lookup)).toEqual({ value: 'Đồng chí Chủ tịch UBND tỉnh ', caret: 28 });
    expect(expandCode('pctt,', 5, lookup)).toEqual({ value: 'Phó Chủ tịch UBND tỉnh,', caret: 23 });
  });

  it('leaves words that are not codes, or codes inside words, alone', () => {
    expect(expandCode('Đồng chí ', 9, lookup)).toBeNull();
    expect(expandCode('abcctt ', 7, lookup)).toBeNull();
    expect(expandCode('ctt', 3, lookup)).toBeNull();
  });
});
