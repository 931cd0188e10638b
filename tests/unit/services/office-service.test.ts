import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../electron/services/notices';
import { OfficeService } from '../../../electron/services/office/office-service';
import { tempDir } from '../helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function open(dir = tempDir()) {
  const notices = new NoticeBoard();
  return { office: await OfficeService.open(dir, notices), notices, dir };
}

describe('the officials directory', () => {
  it('adds, edits and lists people by given name, refusing a second entry for the same person', async () => {
    const { office, dir } = await open();
    const giang = await office.saveOfficial({ name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], organisation: 'UBND tỉnh' });
    await office.saveOfficial({ name: 'Trần Thị Hằng', titles: ['Phó Chủ tịch Thường trực HĐND tỉnh'], organisation: 'HĐND tỉnh' });
    await office.saveOfficial({ name: 'Ngô Tân Phượng', titles: ['Phó Chủ tịch UBND tỉnh'], organisation: 'UBND tỉnh' });
    expect(office.get().officials.map((official) => official.name)).toEqual(['Nguyễn Hương Giang', 'Trần Thị Hằng', 'Ngô Tân Phượng']);
    await expect(office.saveOfficial({ name: 'nguyen huong giang', titles: [], organisation: '' })).rejects.toThrow('Danh bạ đã có «Nguyễn Hương Giang»');
    await office.saveOfficial({ ...giang, titles: ['Bí thư Tỉnh ủy'] });
    const reopened = await open(dir);
    expect(reopened.office.get().officials.find((official) => official.id === giang.id)?.titles).toEqual(['Bí thư Tỉnh ủy']);
  });

  it('exports CSV that Excel opens (UTF-8 with BOM, CRLF) and imports it back', async () => {
    const { office } = await open();
    await office.saveOfficial({ name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'], organisation: 'UBND tỉnh' });
    const bytes = office.exportOfficials();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\ufeffHọ và tên,Chức danh,Cơ quan\r\nNguyễn Hương Giang,"Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",UBND tỉnh\r\n');
    const other = await open();
    expect(await other.office.importOfficials(bytes)).toEqual({ added: 1, updated: 0, words: 0 });
    expect(other.office.get().officials[0]).toMatchObject({ name: 'Nguyễn Hương Giang', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] });
  });

  it('imports semicolon CSV from Excel and updates people it already has', async () => {
    const { office } = await open();
    await office.saveOfficial({ name: 'Trần Thị Hằng', titles: ['Ủy viên BTV Tỉnh ủy'], organisation: '' });
    const csv = 'Họ và tên;Chức danh;Cơ quan\r\nTrần Thị Hằng;Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh;HĐND tỉnh\r\nLê Văn Minh;Giám đốc Sở Tài chính;Sở Tài chính\r\n';
    expect(await office.importOfficials(utf8(csv))).toEqual({ added: 1, updated: 1, words: 0 });
    expect(office.get().officials.find((official) => official.name === 'Trần Thị Hằng')?.titles).toEqual([
      'Ủy viên BTV Tỉnh ủy',
      'Phó Chủ tịch Thường trực HĐND tỉnh',
    ]);
  });

  it('imports nothing from a bad file and says why', async () => {
    const { office } = await open();
    await office.saveOfficial({ name: 'Ngô Tân Phượng', titles: ['Phó Chủ tịch UBND tỉnh'], organisation: '' });
    const before = office.get().officials;
    await expect(office.importOfficials(utf8('Họ và tên,Chức danh\nLê Văn Minh,Giám đốc\nX,Phó giám đốc\n'))).rejects.toThrow(/Chưa nhập gì vì tệp có dòng sai — dòng 3/);
    await expect(office.importOfficials(utf8('Tên,Tuổi\nA,3\n'))).rejects.toThrow('Dòng đầu của tệp phải có cột «Họ và tên» và «Chức danh»');
    await expect(office.importOfficials(new Uint8Array([0x48, 0xe9, 0x69, 0x20, 0x6e, 0x67, 0x68, 0xde]))).rejects.toThrow('không phải văn bản UTF-8');
    await expect(office.importOfficials(utf8('Họ và tên,Chức danh\n"Lê Văn Minh,Giám đốc\n'))).rejects.toThrow('dấu ngoặc kép không được đóng');
    await expect(office.importOfficials(new Uint8Array(3 * 1024 * 1024))).rejects.toThrow('quá lớn');
    expect(office.get().officials).toEqual(before);
  });

  it('reads UTF-16 files (Excel’s “Unicode text”)', async () => {
    const { office } = await open();
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from('Họ và tên,Chức danh\r\nLê Văn Minh,Giám đốc Sở Tài chính\r\n', 'utf16le'))]);
    expect(await office.importOfficials(bytes)).toEqual({ added: 1, updated: 0, words: 0 });
  });
});

describe('the dictionary and the typing codes', () => {
  it('starts from the built-in dictionary and keeps the office’s edits', async () => {
    const { office, dir } = await open();
    const entries = office.get().abbreviations;
    expect(entries[0]).toEqual({ abbr: 'UBND', expansion: 'Ủy ban nhân dân' });
    await office.saveAbbreviations([...entries, { abbr: 'BQLDA', expansion: 'Ban Quản lý dự án' }]);
    await expect(office.saveAbbreviations([...entries, entries[0]])).rejects.toThrow('Viết tắt «UBND» bị trùng.');
    const reopened = await open(dir);
    expect(reopened.office.get().abbreviations.at(-1)).toEqual({ abbr: 'BQLDA', expansion: 'Ban Quản lý dự án' });
  });

  it('keeps codes such as ctt → Chủ tịch UBND tỉnh', async () => {
    const { office } = await open();
    expect(office.get().codes).toContainEqual({ code: 'ctt', text: 'Chủ tịch UBND tỉnh' });
    await office.saveCode({ code: 'ngg', text: 'Nguyễn Hương Giang' });
    await office.deleteCode('ctt');
    expect(office.get().codes.map((code) => code.code)).toContain('ngg');
    expect(office.get().codes.map((code) => code.code)).not.toContain('ctt');
  });

  it('moves a damaged file aside and carries on with the defaults', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'office.json'), '{"schemaVersion":1,"officials":[');
    const { office, notices } = await open(dir);
    expect(notices.list()[0].message).toContain('Tệp danh bạ và từ điển bị hỏng');
    expect(office.get().abbreviations.length).toBeGreaterThan(20);
    await office.saveCode({ code: 'abc', text: 'thử' });
    expect(JSON.parse(readFileSync(join(dir, 'office.json'), 'utf8')).codes).toContainEqual({ code: 'abc', text: 'thử' });
  });
});

describe('the office’s spelling dictionary and confusions', () => {
  it('adds a word once (whatever its case), removes it, and keeps it across a restart', async () => {
    const { office, dir } = await open();
    expect(office.get().dictionary).toEqual([]);
    await office.addWord('Xtrim');
    await office.addWord('xtrim');
    expect(await office.addWord('Mrơn')).toEqual(['Mrơn', 'Xtrim']);
    expect((await open(dir)).office.get().dictionary).toEqual(['Mrơn', 'Xtrim']);
    expect(await office.removeWord('XTRIM')).toEqual(['Mrơn']);
  });

  it('travels with the directory’s export: words after the officials, read back on another workstation', async () => {
    const { office } = await open();
    await office.saveOfficial({ name: 'Rah Lan Chung', titles: ['Phó Bí thư Thường trực Tỉnh ủy'], organisation: 'Tỉnh ủy' });
    await office.addWord('Mrơn');
    await office.addWord("H'Bơ");
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(office.exportOfficials());
    expect(text).toBe("\ufeffHọ và tên,Chức danh,Cơ quan\r\nRah Lan Chung,Phó Bí thư Thường trực Tỉnh ủy,Tỉnh ủy\r\n\r\nTừ điển chính tả của cơ quan\r\nH'Bơ\r\nMrơn\r\n");
    const other = await open();
    await other.office.addWord('mrơn');
    expect(await other.office.importOfficials(office.exportOfficials())).toEqual({ added: 1, updated: 0, words: 1 });
    expect(other.office.get().dictionary).toEqual(["H'Bơ", 'mrơn']);
  });

  it('a bad word in the file imports nothing and says which', async () => {
    const { office } = await open();
    const csv = 'Họ và tên,Chức danh,Cơ quan\r\nLê Văn Minh,Giám đốc Sở Tài chính,\r\n\r\nTừ điển chính tả của cơ quan\r\nhai từ\r\n';
    await expect(office.importOfficials(utf8(csv))).rejects.toThrow('từ «hai từ»');
    expect(office.get().officials).toEqual([]);
  });

  it('the confusions start from the shipped list; the office’s edits are kept, a duplicate refused', async () => {
    const { office, dir } = await open();
    expect(office.get().confusions).toContainEqual({ wrong: 'năng xuất', right: 'năng suất' });
    await office.saveConfusions([{ wrong: 'xuất học bổng', right: 'suất học bổng' }]);
    expect((await open(dir)).office.get().confusions).toEqual([{ wrong: 'xuất học bổng', right: 'suất học bổng' }]);
    await expect(office.saveConfusions([{ wrong: 'a b', right: 'c d' }, { wrong: 'A B', right: 'e f' }])).rejects.toThrow('có hai lần');
  });

  it('an office file written before spelling opens with an empty dictionary and the shipped confusions', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'office.json'), JSON.stringify({ schemaVersion: 1, abbreviations: [], officials: [], codes: [] }));
    const { office } = await open(dir);
    expect(office.get().dictionary).toEqual([]);
    expect(office.get().confusions.length).toBeGreaterThan(100);
  });
});
