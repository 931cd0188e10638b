import { describe, expect, it } from 'vitest';
import { docToPlainText, normalizeDoc } from '../../../shared/article/doc-text';
import { formatDateTime, formatTime } from '../../../shared/format/date';
import { countCharacters, countWords } from '../../../shared/text/count';
import { foldForSearch, matchesSearchable, searchableWords } from '../../../shared/text/normalize';

describe('foldForSearch', () => {
  it('drops diacritics, case and extra spaces', () => {
    expect(foldForSearch('Hội nghị  sơ kết')).toBe('hoi nghi so ket');
    expect(foldForSearch('  ĐẢNG bộ  ')).toBe('dang bo');
  });

  it('folds both tone placements to the same text', () => {
    expect(foldForSearch('Ủy ban')).toBe('uy ban');
    expect(foldForSearch('Uỷ ban')).toBe('uy ban');
    expect(foldForSearch('khóa')).toBe(foldForSearch('khoá'));
  });

  it('folds decomposed (NFD) text and the look-alike Ð (U+00D0)', () => {
    expect(foldForSearch('Hội nghị'.normalize('NFD'))).toBe('hoi nghi');
    expect(foldForSearch('\u00d0ảng')).toBe('dang');
  });

  it('matches a query whose words all begin words of the text, in any order', () => {
    const text = searchableWords('Hội nghị sơ kết Quy chế phối hợp nhiệm kỳ 2021-2026');
    expect(matchesSearchable(text, 'hoi nghi so ket')).toBe(true);
    expect(matchesSearchable(text, 'quy che hoi nghi')).toBe(true);
    expect(matchesSearchable(text, 'hoi ngh')).toBe(true);
    expect(matchesSearchable(text, '2021')).toBe(true);
    expect(matchesSearchable(text, 'tong ket')).toBe(false);
    expect(matchesSearchable(text, 'oi')).toBe(false);
    expect(matchesSearchable(text, '')).toBe(true);
  });

  it('keeps each word once', () => {
    expect(searchableWords('Ủy ban, Uỷ ban và ủy ban.')).toBe(' uy ban va');
  });
});

describe('counting', () => {
  it('counts words as a Word user expects', () => {
    expect(countWords('Chiều 29/1, UBND tỉnh tổ chức Hội nghị.')).toBe(8);
    expect(countWords('kinh tế - xã hội')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
  });

  it('counts characters the same in NFC and NFD', () => {
    expect(countCharacters('Hội nghị')).toBe(8);
    expect(countCharacters('Hội nghị'.normalize('NFD'))).toBe(8);
    expect(countCharacters('a\nb')).toBe(2);
  });
});

describe('dates', () => {
  it('writes dd/mm/yyyy HH:mm in local time', () => {
    const at = new Date(2024, 0, 29, 16, 30).getTime();
    expect(formatDateTime(at)).toBe('29/01/2024 16:30');
    expect(formatTime(new Date(2024, 0, 29, 7, 5).getTime())).toBe('07:05');
  });
});

describe('documents', () => {
  const doc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Mục một' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn ' }, { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ý một' }] }] }] },
      { type: 'paragraph' },
    ],
  };

  it('extracts plain text one block per line', () => {
    expect(docToPlainText(doc)).toBe('Mục một\nĐoạn đậm\ný một');
  });

  it('normalises every string to NFC', () => {
    const nfd = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị'.normalize('NFD') }] }] };
    const normalized = normalizeDoc(nfd);
    expect(normalized.content?.[0].content?.[0].text).toBe('Hội nghị'.normalize('NFC'));
    expect(normalized.content?.[0].content?.[0].text).not.toBe(nfd.content[0].content[0].text);
  });
});

describe('word differences', () => {
  it('marks what was added and removed, and joins back to either text', async () => {
    const { diffWords } = await import('../../../shared/text/diff');
    const before = 'Đồng chí Nguyễn Hương Giang chủ trì Hội nghị.';
    const after = 'Đồng chí Nguyễn Hương Giang, Chủ tịch UBND tỉnh chủ trì phiên họp.';
    const parts = diffWords(before, after);
    expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(before);
    expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(after);
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim()).join(' ')).toBe('Hội nghị');
    expect(diffWords('giống nhau', 'giống nhau')).toEqual([{ kind: 'same', text: 'giống nhau' }]);
  });
});
