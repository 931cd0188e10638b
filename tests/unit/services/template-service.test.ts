import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../electron/services/notices';
import { TemplateService } from '../../../electron/services/templates/template-service';
import { openArticles, paragraphs, tempDir } from '../helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function open(dir = tempDir()) {
  const notices = new NoticeBoard();
  return { templates: await TemplateService.open(dir, notices), notices, dir };
}

describe('templates', () => {
  it('lists the built-in templates first and keeps them read-only', async () => {
    const { templates } = await open();
    const list = templates.list();
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.every((item) => item.builtIn)).toBe(true);
    const report = templates.get('hoi-nghi-so-ket-tong-ket');
    await expect(templates.save({ ...report, name: 'Sửa' })).rejects.toThrow('Mẫu có sẵn không sửa được');
    await expect(templates.delete(report.id)).rejects.toThrow('Mẫu có sẵn không xóa được.');
  });

  it('duplicates, edits, exports, imports and deletes the office’s own templates', async () => {
    const { templates, dir } = await open();
    const copy = await templates.duplicate('hoi-nghi-so-ket-tong-ket');
    expect(copy.name).toBe('Hội nghị sơ kết / tổng kết (bản sao)');
    const edited = await templates.save({ ...copy, name: 'Hội nghị giao ban báo chí', title: 'Giao ban báo chí {{eventName}}' });
    expect((await open(dir)).templates.get(edited.id).title).toBe('Giao ban báo chí {{eventName}}');
    const file = templates.exportFile(edited.id);
    const other = await open();
    const imported = await other.templates.importFile(file.bytes);
    expect(imported.name).toBe('Hội nghị giao ban báo chí');
    // Importing the same file again makes a second template; nothing is overwritten.
    const again = await other.templates.importFile(file.bytes);
    expect(again.id).not.toBe(imported.id);
    expect(other.templates.list().filter((item) => !item.builtIn)).toHaveLength(2);
    await templates.delete(edited.id);
    expect(existsSync(join(dir, 'templates', `${edited.id}.json`))).toBe(false);
  });

  it('refuses bad template files with a clear message and imports nothing', async () => {
    const { templates } = await open();
    await expect(templates.importFile(utf8('không phải JSON'))).rejects.toThrow('không phải tệp mẫu bài của Tòa soạn');
    await expect(templates.importFile(utf8('{"schemaVersion":1,"id":"x"}'))).rejects.toThrow(/Tệp mẫu bài không hợp lệ .*Chưa nhập gì\./);
    const good = templates.get('le-ky-niem');
    const broken = JSON.stringify({ ...good, builtIn: undefined, title: '{{khongCo}}' });
    await expect(templates.importFile(utf8(broken))).rejects.toThrow('Mẫu dùng «{{khongCo}}» nhưng không có trường «khongCo». Chưa nhập gì.');
    await expect(templates.importFile(new Uint8Array(600 * 1024))).rejects.toThrow('quá lớn');
    await expect(templates.importFile(new Uint8Array([0x7b, 0xe9, 0xde, 0x7d]))).rejects.toThrow('không phải văn bản UTF-8');
    expect(templates.list().filter((item) => !item.builtIn)).toEqual([]);
  });

  it('makes a template from an article', async () => {
    const dir = tempDir();
    const { service } = await openArticles(dir);
    const article = await service.create({});
    await service.save({ id: article.id, baseRevision: 0, title: 'Giao ban báo chí tháng 5', lead: 'Sáng 5/5, Ban Tuyên giáo tổ chức giao ban.', byline: 'PV', body: paragraphs('Đoạn một.', 'Đoạn hai.') });
    const { templates } = await open(dir);
    const template = await templates.fromArticle(await service.get(article.id), 'Giao ban báo chí');
    expect(template.body.map((block) => block.text)).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(template.title).toBe('Giao ban báo chí tháng 5');
    await service.close();
  });

  it('moves a damaged template file aside and loads the rest', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'hong.json'), '{');
    const { templates, notices } = await open(dir);
    expect(notices.list()[0].message).toContain('Tệp mẫu bài «hong.json» bị hỏng');
    expect(templates.list().length).toBeGreaterThanOrEqual(8);
    expect(readdirSync(join(dir, 'templates')).some((name) => name.startsWith('hong.json.corrupt-'))).toBe(true);
  });
});
