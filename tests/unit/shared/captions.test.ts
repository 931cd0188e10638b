import { describe, expect, it } from 'vitest';
import { captionEvent, splitCredit } from '../../../shared/media/captions';

describe('a caption with its credit at the end', () => {
  it('splits off the credit and keeps the caption as it was written', () => {
    expect(splitCredit('Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị. (Ảnh: Ngô Giang Sơn)')).toEqual({ caption: 'Đồng chí Nguyễn Hương Giang phát biểu chỉ đạo Hội nghị.', credit: 'Ngô Giang Sơn' });
    expect(splitCredit('Toàn cảnh Hội nghị (Ảnh: PV)')).toEqual({ caption: 'Toàn cảnh Hội nghị', credit: 'PV' });
    expect(splitCredit('Các đại biểu dự Hội nghị. Ảnh: Thu Hà.')).toEqual({ caption: 'Các đại biểu dự Hội nghị.', credit: 'Thu Hà' });
    expect(splitCredit('Ảnh 2: các đại biểu dự Hội nghị.')).toEqual({ caption: 'Ảnh 2: các đại biểu dự Hội nghị.', credit: '' });
    expect(splitCredit('Toàn cảnh Hội nghị.'.normalize('NFD'))).toEqual({ caption: 'Toàn cảnh Hội nghị.', credit: '' });
  });
});

describe('the event a caption names', () => {
  it('is the first words of the template’s kind, else «Hội nghị»', () => {
    expect(captionEvent({ kind: '  Kỳ họp   thứ 12 HĐND tỉnh' })).toBe('Kỳ họp');
    expect(captionEvent({ kind: '' })).toBe('Hội nghị');
    expect(captionEvent(undefined)).toBe('Hội nghị');
  });
});
