import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syllablesFileText, syllablesFromPackage, SYLLABLES_FILE } from '../../../electron/cli/build-syllables';
import { builtInLexicon, defaultConfusions } from '../../../electron/services/style-defaults';
import { checkSpelling, type SpellingContext } from '../../../shared/spelling/check';
import { fromTelex, fromVni } from '../../../shared/spelling/input-method';
import { indexConfusions, listLines, phraseKeyOf, syllableKey } from '../../../shared/spelling/lexicon';
import { isPossibleSyllable, parseSyllable, withTone } from '../../../shared/spelling/syllable';
import { fixedBy, readSet, typoAt, type SentenceSet } from './spelling-sets';

const lexicon = builtInLexicon();
const context = (extra: Partial<SpellingContext> = {}): SpellingContext => ({ lexicon, confusions: indexConfusions(defaultConfusions()), allowed: new Set(), ...extra });
const spell = (text: string, extra: Partial<SpellingContext> = {}) => checkSpelling(text.normalize('NFC'), context(extra));

describe('the shipped words list', () => {
  const lines = listLines(readFileSync('resources/dictionaries/vi-words.txt', 'utf8').normalize('NFC'));

  it('is made of syllables in use: a slip in the list would teach the checker a typo', () => {
    const inUse = new Set(listLines(readFileSync('resources/dictionaries/vi-syllables.txt', 'utf8')).map(syllableKey));
    const unknown = lines.flatMap((line) => phraseKeyOf(line).split(' ').filter((part) => !inUse.has(part)).map((part) => `${part} (${line})`));
    expect(unknown).toEqual([]);
    expect(new Set(lines.map(phraseKeyOf)).size, 'no word twice').toBe(lines.length);
  });

  it('holds none of the confusions’ wrong forms (a listed «thăm quan» would hide «tham quan»)', () => {
    const words = new Set(lines.map(phraseKeyOf));
    const listed = defaultConfusions().map((entry) => phraseKeyOf(entry.wrong)).filter((wrong) => words.has(wrong));
    expect(listed).toEqual([]);
  });
});

describe('the Vietnamese syllable, from the rules of the language', () => {
  it('takes the onsets with their spelling rules: k, gh, ngh before i e ê; qu; gi', () => {
    for (const word of ['kê', 'kìa', 'ghế', 'nghiêm', 'nghĩa', 'cá', 'gà', 'ngày', 'quốc', 'quý', 'quyết', 'gì', 'gìn', 'giếng', 'giữ', 'giường']) expect(isPossibleSyllable(word), word).toBe(true);
    for (const word of ['cê', 'kả', 'ghá', 'ngiêm', 'ngê', 'gê']) expect(isPossibleSyllable(word), word).toBe(false);
  });

  it('a final p, t, c or ch takes only the sắc or nặng tone', () => {
    expect(isPossibleSyllable('hiệp')).toBe(true);
    expect(isPossibleSyllable('chức')).toBe(true);
    for (const word of ['hiêp', 'chưc', 'hoàt', 'tổc', 'việt'.replace('ệ', 'ề')]) expect(isPossibleSyllable(word), word).toBe(false);
  });

  it('the tone sits on the right vowel: both styles for -oa, -oe, -uy; one place elsewhere', () => {
    for (const word of ['hòa', 'hoà', 'khỏe', 'khoẻ', 'thủy', 'thuỷ', 'người', 'rượu', 'ngoài', 'khuỷu', 'thuở', 'hoàn', 'thường']) expect(isPossibleSyllable(word), word).toBe(true);
    for (const word of ['thưòng', 'ngừơi', 'đaọ', 'hóan', 'nguời']) expect(isPossibleSyllable(word), word).toBe(false);
    expect(parseSyllable('thường')).toMatchObject({ onset: 'th', rhyme: 'ương', tone: 2 });
    expect([withTone('hoa', 2, 'old'), withTone('hoa', 2, 'new'), withTone('viêt', 5), withTone('viêt', 2)]).toEqual(['hòa', 'hoà', 'việt', null]);
  });

  it('the list of syllables in use is what the generator makes from @cspell/dict-vi-vn', () => {
    expect(readFileSync(SYLLABLES_FILE, 'utf8')).toBe(syllablesFileText(syllablesFromPackage().syllables));
  });
});

describe('input-method leftovers', () => {
  it('Telex keys give the syllable meant', () => {
    expect(['thoong', 'ddaij', 'baos', 'vieejt', 'nguowif', 'tooi'].map(fromTelex)).toEqual(['thông', 'đại', 'báo', 'việt', 'người', 'tôi']);
    expect(['online', 'video', 'email'].map(fromTelex)).toEqual([null, null, null]);
  });

  it('VNI digits give the syllable meant', () => {
    expect(['hoa5t', 'd9a5i', 'vie65t', 'ngu7o72i'].map(fromVni)).toEqual(['hoạt', 'đại', 'việt', 'người']);
    // A vowel mark already made, the tone key left (as in Telex: phôs).
    expect(['vô1n', 'đô5ng'].map(fromVni)).toEqual(['vốn', 'động']);
  });

  it('Telex keys beside a tone already placed', () => {
    expect(spell('Bảo hộ chỉ dẫn ddịa lý cho các sản phẩm; hoạt ddộng văn hóa.').map((item) => [item.text, item.suggestion])).toEqual([
      ['ddịa', 'địa'],
      ['ddộng', 'động'],
    ]);
  });

  it('a short word with a tone key at its end, only where what it types makes a word with a neighbour', () => {
    expect(spell('Các xã chủ động phòng, chống bão lux.').map((item) => [item.text, item.suggestion])).toEqual([['lux', 'lũ']]);
    expect(spell('Đơn vị đo độ rọi là lux, theo chuẩn quốc tế; hộ vay vô1n.').map((item) => [item.text, item.suggestion])).toEqual([['vô1n', 'vốn']]);
  });

  it('are found in text, with the word meant as the one-click fix', () => {
    const findings = spell('Cập nhật thoong tin về ddaij hội, baos cáo kết quả hoa5t động; không để bij động.');
    expect(findings.map((item) => [item.text, item.suggestion])).toEqual([
      ['thoong', 'thông'],
      ['ddaij', 'đại'],
      ['baos', 'báo'],
      ['hoa5t', 'hoạt'],
      ['bij', 'bị'],
    ]);
    expect(findings.every((item) => item.rule === 'spelling' && item.severity === 'warning')).toBe(true);
  });

  it('leave foreign words alone: a tone key inside a word, two of them, a short word, a foreign phrase', () => {
    expect(spell('Hội thảo về Internet of Things, bus nhanh, term và host, các tests và chairs của dự án.')).toEqual([]);
  });
});

describe('words that are no syllable', () => {
  it('each with the likely word first, the one that makes a word with its neighbour', () => {
    const findings = spell('Làm việc ngiêm túc với hiêp hội và tổ chưc, thưòng xuyên báo cáo nhữngg việc đã làm.');
    expect(findings.map((item) => [item.text, item.suggestion])).toEqual([
      ['ngiêm', 'nghiêm'],
      ['hiêp', 'hiệp'],
      ['chưc', 'chức'],
      ['thưòng', 'thường'],
      ['nhữngg', 'những'],
    ]);
    expect(findings[1].alternatives).toContain('hiếp');
  });

  it('a capitalised word opening a sentence alone is read as a word, not a name, when the rules allow it and none uses it', () => {
    const findings = spell('Mổi năm, tỉnh tổ chức hai đợt tuyển quân. Hiện nay, Kbang là huyện có nhiều đồng bào Jrai. Đắk Lắk và Huế đón khách.');
    expect(findings.map((item) => [item.text, item.suggestion])).toEqual([['Mổi', 'Mỗi']]);
    // Inside a sentence, or followed by another capitalised word, a capitalised word stays a name.
    expect(spell('Đoàn gặp ông Mổi tại xã.')).toEqual([]);
    expect(spell('Mổi Sơn dự hội nghị.')).toEqual([]);
    expect(spell('Êđê là dân tộc bản địa.')).toEqual([]);
  });

  it('a word built to hurt (very long, Vietnamese letters) is flagged without a search for suggestions', () => {
    const garbage = 'ngườiđượcnghiêngnghiêngnghiêng'.repeat(3);
    const findings = spell(Array.from({ length: 200 }, () => garbage).join(' '));
    expect(findings).toHaveLength(200);
    expect(findings[0].suggestion).toBeNull();
  });

  it('two words run together are split', () => {
    expect(spell('Đoàn công tác đã đến hộigặp gỡ bà con.')[0]).toMatchObject({ text: 'hộigặp', suggestion: 'hội gặp' });
  });
});

describe('real-word confusions and lost marks', () => {
  it('the office’s list of confusions', () => {
    const findings = spell('Năng xuất tăng, xác xuất giảm; không có thái độ bàng quang; vô hình chung; sắc xảo; chưng cầu ý kiến.');
    expect(findings.map((item) => [item.text, item.suggestion])).toEqual([
      ['Năng xuất', 'Năng suất'],
      ['xác xuất', 'xác suất'],
      ['thái độ bàng quang', 'thái độ bàng quan'],
      ['vô hình chung', 'vô hình trung'],
      ['sắc xảo', 'sắc sảo'],
      ['chưng cầu', 'trưng cầu'],
    ]);
  });

  it('a syllable without its marks among accented text, where the accented word fits its neighbour', () => {
    expect(spell('Đồng chí phát biểu trước các dai biểu và Ban Chấp hanh Đảng bộ tỉnh.').map((item) => [item.text, item.suggestion])).toEqual([
      ['dai', 'đại'],
      ['hanh', 'hành'],
    ]);
    expect(spell('Tỉnh đẩy mạnh chuyển đổi sô trong cơ quan nhà nước.')[0]).toMatchObject({ text: 'sô', suggestion: 'số' });
    // «trong» is a word of its own: only at the edge of a phrase is it quan trọng.
    expect(spell('Các cơ quan trong thời gian qua đã phối hợp tốt.')).toEqual([]);
    expect(spell('Hội nghị thông qua 25 nghị quyết quan trong.')[0]).toMatchObject({ text: 'trong', suggestion: 'trọng' });
  });

  it('a syllable written by ear: hỏi for ngã, an onset or a final spoken alike — where the other makes the word', () => {
    const fix = (text: string) => spell(text).map((finding) => [finding.text, finding.suggestion]);
    expect(fix('Các xã đã khắc phục hậu quả mưa lủ.')).toEqual([['lủ', 'lũ']]);
    expect(fix('Huyện tăng cường giám sát dịch bệnh trên đàn gia xúc.')).toEqual([['xúc', 'súc']]);
    expect(fix('Bà con tham quan mô hình chồng rau an toàn.')).toEqual([['chồng', 'trồng']]);
    expect(fix('Toàn tỉnh đã vược chỉ tiêu kế hoạch.')).toEqual([['vược', 'vượt']]);
    // A neighbour that is part of a word on its other side («mùa mưa») may still make the word with this one
    // («mưa bão»); only a word as frequent as «các» keeps to itself («các nhân viên» is not «cá nhân»).
    expect(fix('Rà soát các hồ đập trước mùa mưa bảo.')).toEqual([['bảo', 'bão']]);
    expect(spell('Tỉnh tập huấn cho các nhân viên y tế.')).toEqual([]);
    // Each of these syllables is a word where it stands: nothing to say.
    expect(spell('Chị ấy bảo tôi rằng cơn bão đã qua, lũ đã rút và bà con đã đổ bê tông lại sân.')).toEqual([]);
  });

  it('a syllable that is part of a word elsewhere, with the tone of the word it makes with its neighbour here', () => {
    const fix = (text: string) => spell(text).map((finding) => [finding.text, finding.suggestion]);
    // «giá» is part of «giá cả», «đánh giá»; here it makes no word, and «tham gia» is one.
    expect(fix('Đông đảo đoàn viên, thanh niên tham giá.')).toEqual([['giá', 'gia']]);
    expect(fix('Đông đảo đoàn viên tham giá và góp ý.')).toEqual([['giá', 'gia']]);
    // The most frequent words keep to themselves: «để» beside «trồng» is not «đề».
    expect(spell('Hợp tác xã đã được cấp mã số vùng trồng để xuất khẩu.')).toEqual([]);
    // Nor is a syllable taken for another beside one of them: «Tỉnh tạo điều kiện» is not «tỉnh táo».
    expect(spell('Tỉnh tạo mọi điều kiện thuận lợi cho doanh nghiệp.')).toEqual([]);
    expect(fix('Sở Tư pháp đã thẩm định 145 dự thảo văn bán quy phạm pháp luật.')).toEqual([['bán', 'bản']]);
    expect(spell('Tỉnh đã chỉ đạo xử lý việc đó.')).toEqual([]);
  });

  it('a frequent word inside a phrase only for a syllable written by ear', () => {
    const fix = (text: string) => spell(text).map((finding) => [finding.text, finding.suggestion]);
    expect(fix('Tăng cường công tác giáo dục chính chị, tư tưởng cho đoàn viên.')).toEqual([['chị', 'trị']]);
    // «chị» as a pronoun beside words it makes nothing with, and no near syllable written by ear: silent.
    expect(spell('Gia đình chị được hỗ trợ xây nhà.')).toEqual([]);
  });

  it('one of the most frequent words with hỏi for ngã, where the syllable written makes no word here', () => {
    const findings = spell('Thời gian tới, ngành thuế sẻ tiếp tục cải cách; lãnh đạo tỉnh củng đã lắng nghe. Củng trong dịp này, các chỉ tiêu vẩn đạt.');
    expect(findings.map((item) => [item.text, item.suggestion])).toEqual([
      ['sẻ', 'sẽ'],
      ['củng', 'cũng'],
      ['Củng', 'Cũng'],
      ['vẩn', 'vẫn'],
    ]);
    // Where it makes a word, or is a frequent word itself, it is left alone.
    expect(spell('Các đơn vị chia sẻ kinh nghiệm, củng cố tổ chức trong nửa đầu năm.')).toEqual([]);
  });

  it('one of the commonest words with its marks lost, where the syllable written is part of no word of the list', () => {
    expect(spell('Ý kiến cua đại biểu đã được tiếp thu, giải trình.').map((item) => [item.text, item.suggestion])).toEqual([['cua', 'của']]);
    // «nay» is part of «hiện nay»: a plain syllable in use is not taken for «này» on its own.
    expect(spell('Từ nay đến cuối năm, tỉnh tập trung giải ngân vốn đầu tư công.')).toEqual([]);
  });

  it('finals spoken alike in the South: t/ch and n/nh', () => {
    const fix = (text: string) => spell(text).map((finding) => [finding.text, finding.suggestion]);
    expect(fix('Bệnh nhân trong tình trạng nguy kịt.')).toEqual([['kịt', 'kịch']]);
    expect(spell('Trời tối đen kịt, bệnh nhân qua cơn nguy kịch.')).toEqual([]);
  });

  it('a vowel with the wrong mark, where the other makes the word', () => {
    expect(spell('Tránh để tồn động kéo dài.').map((finding) => [finding.text, finding.suggestion])).toEqual([['động', 'đọng']]);
    expect(spell('Không để tồn đọng hồ sơ; các hoạt động diễn ra sôi nổi.')).toEqual([]);
  });

  it('a short word in Latin letters that is a syllable with a letter slipped, next to the word it makes', () => {
    const fix = (text: string) => spell(text).map((finding) => [finding.text, finding.suggestion]);
    expect(fix('Hội nghị đã thông qau quy chế làm việc.')).toEqual([['qau', 'qua']]);
    expect(fix('Lực lượng túc trực tại các điểm xugn yếu.')).toEqual([['xugn', 'xung']]);
    expect(fix('Đánh giá kết quả phát triển kin tế - xã hội.')).toEqual([['kin', 'kinh']]);
    // A doubled letter in a word of six: the syllable it doubles, a foreign word is left alone.
    expect(fix('Chống tội phạm tronng dịp cuối năm; giải tennis, quán coffee, trang google.')).toEqual([['tronng', 'trong']]);
    // A foreign word is left alone, and so is a file's extension or markup.
    expect(spell('Lưu thành tệp .docx rồi gửi lên fanpage và website của sở; thẻ th của bảng.')).toEqual([]);
  });

  it('clean sentences that look like slips stay silent', () => {
    expect(spell('Không có quyền ghi hoặc ổ đĩa chỉ đọc.')).toEqual([]);
    expect(spell('Cán bộ phải gương mẫu, nói đi đôi với làm.')).toEqual([]);
    expect(spell('Giá cà phê nhân xô hôm nay dao động từ 118.000 đến 120.000 đồng/kg.')).toEqual([]);
  });

  it('a text written without marks throughout is not flagged word by word', () => {
    expect(spell('Cac dai bieu du hoi nghi da thao luan va thong nhat cao.')).toEqual([]);
  });

  it('suggestions follow the office’s tone placement', () => {
    expect(spell('Tỉnh chú trọng bảo tồn giá trị văn hoa truyền thống.', { toneStyle: 'old' })[0]?.suggestion).toBe('hóa');
    expect(spell('Tỉnh chú trọng bảo tồn giá trị văn hoa truyền thống.', { toneStyle: 'new' })[0]?.suggestion).toBe('hoá');
  });
});

describe('names, abbreviations, numbers, addresses and links are not typos', () => {
  it('names and places of ethnic minorities', () => {
    expect(spell("Đồng chí Y Bih Niê về thăm huyện Cư M'gar, huyện Đăk Glei, huyện Kbang; đồng bào Êđê, Jrai phấn khởi; thôn Đắk Rơ Wa.")).toEqual([]);
  });

  it('abbreviations, foreign words, e-mail, links, addresses and numbers', () => {
    expect(spell('Việt Nam gia nhập WTO, GDP tăng 7%; người dân dùng Zalo và e-Government; liên hệ vanphong@tinh.gov.vn hoặc https://tinh.gov.vn/tin-tuc.')).toEqual([]);
    expect(spell('Trụ sở: số 12/3 đường Lê Lợi, phường 4, TP Hồ Chí Minh; điện thoại 0258.3822.123; Kế hoạch số 125/KH-UBND.')).toEqual([]);
  });

  it('the office’s dictionary and the words the article ignores', () => {
    expect(spell('Đồng chí Kpă Thuyên thăm xã Ia Mrơn, giống lúa Xtrim.')).toEqual([]);
    expect(spell('Nhà máy chè Bảo Lộc dùng công nghệ ngoaix.')).toHaveLength(1);
    expect(spell('Nhà máy chè Bảo Lộc dùng công nghệ ngoaix.', { allowed: new Set(['ngoaix']) })).toEqual([]);
    expect(spell('Nhà máy chè Bảo Lộc dùng công nghệ ngoaix.', { ignored: new Set(['ngoaix']) })).toEqual([]);
    // A kept word that is a syllable still stands beside its neighbours: «nông», kept from a body's name («Sở Nông
    // nghiệp và Môi trường»), still makes «nông thôn», so «thôn» is not taken for «thông tuyến».
    const kept = { allowed: new Set(['sở', 'nông', 'nghiệp', 'và', 'môi', 'trường']) };
    expect(spell('Cử tri kiến nghị đầu tư đường giao thông nông thôn tuyến Đông Ngũ - Đông Hải.', kept)).toEqual([]);
    // And is never flagged itself.
    expect(spell('Ban Chấp hành và ban chấp hanh.', { allowed: new Set(['hanh']) })).toEqual([]);
  });

  it('the seed article: its own flaws are the style checker’s; the clean article raises nothing', () => {
    for (const file of ['conference-report-clean.txt', 'conference-report-seed.txt']) {
      const text = readFileSync(`tests/fixtures/articles/${file}`, 'utf8');
      expect(text.split('\n').flatMap((line) => spell(line)), file).toEqual([]);
    }
  });
});

/** The project's sentences: each typo must be found, and fixed by one of its suggestions. */
function measure(set: SentenceSet) {
  const { typos, clean } = readSet(set);
  const found = typos.filter((line) => fixedBy(line, spell(line.sentence))).length;
  const silent = clean.filter((sentence) => spell(sentence).length === 0).length;
  return { found: found / typos.length, silent: silent / clean.length };
}

describe('measured on sentences', () => {
  it('each typo line names its mistyped words once, as whole words', () => {
    for (const set of ['dev', 'dev-2', 'dev-3', 'dev-4', 'dev-5', 'dev-6', 'dev-7', 'dev-8', 'dev-9', 'dev-10', 'dev-11', 'dev-12', 'dev-13', 'dev-14', 'dev-15', 'held-out'] as const) {
      for (const line of readSet(set).typos) expect(typoAt(line), `${set}: ${line.wrong} | ${line.sentence}`).toHaveLength(1);
    }
  });

  it('the sentences the rules were written with: nearly all typos found, every clean sentence silent', () => {
    const { found, silent } = measure('dev');
    expect(found).toBeGreaterThanOrEqual(0.95);
    expect(silent).toBe(1);
  });

  it('the sets written apart that were read since (dev-2 to dev-15): typos found, every clean sentence silent', () => {
    // What each reaches today (docs/spelling.md): a change to the lists or rules must not lower it.
    const floors = { 'dev-2': 0.9, 'dev-3': 0.95, 'dev-4': 0.83, 'dev-5': 0.89, 'dev-6': 0.9, 'dev-7': 0.9, 'dev-8': 0.92, 'dev-9': 0.94, 'dev-10': 0.98, 'dev-11': 0.98, 'dev-12': 0.82, 'dev-13': 0.86, 'dev-14': 0.84, 'dev-15': 0.92 } as const;
    for (const [set, floor] of Object.entries(floors) as [SentenceSet, number][]) {
      const { found, silent } = measure(set);
      console.log(`[spelling] ${set}: ${(found * 100).toFixed(1)} % of typos found with the right fix, ${(silent * 100).toFixed(1)} % of clean sentences silent`);
      expect(silent, set).toBe(1);
      expect(found, set).toBeGreaterThanOrEqual(floor);
    }
  });

  it('sentences written apart (figures in docs/spelling.md): clean sentences stay silent', () => {
    const { found, silent } = measure('held-out');
    console.log(`[spelling] held-out: ${(found * 100).toFixed(1)} % of typos found with the right fix, ${(silent * 100).toFixed(1)} % of clean sentences silent`);
    expect(silent).toBeGreaterThanOrEqual(0.95);
    // The goal is 90 % found: the sixteenth set's first run (90.0 %) and the earlier sets' are in docs/spelling.md,
    // and this keeps it from falling.
    expect(found).toBeGreaterThanOrEqual(0.9);
  });
});
