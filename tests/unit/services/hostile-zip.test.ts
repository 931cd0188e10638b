import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../../electron/services/storage/zip-reader';
import { deflatedZeros, rawZip } from '../../fixtures/zip/hostile-zip';
import { appServices } from '../helpers';

const MB = 1024 * 1024;

/** Issue 13, items 4 and 8: archives built to hurt. */
describe('archives built to hurt', () => {
  it('a small zip that inflates to 512 MiB is refused on the way, without taking the memory, and other work goes on meanwhile', async () => {
    const data = deflatedZeros(512 * MB);
    expect(data.length).toBeLessThan(1 * MB);
    const bomb = rawZip([{ name: 'article.json', data, method: 8, declared: 1000 }]);
    const before = process.memoryUsage().rss;
    let peak = before;
    let ticks = 0;
    const sampler = setInterval(() => {
      ticks += 1;
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 1);
    const error = await readZip(bomb, 'bom.toasoan').catch((caught: Error) => caught);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('«bom.toasoan» bung ra quá lớn') });
    // The cap stops inflation at 200 × the packed size, not after the whole entry: well under 300 MB.
    expect(peak - before).toBeLessThan(300 * MB);
    expect(ticks).toBeGreaterThan(0);
  });

  it('two entries of one name, a ZIP64 directory, a directory that does not end the file, lying names: refused', async () => {
    const entry = (name: string, text: string) => ({ name, data: strToU8(text), method: 0 as const, declared: text.length });
    await expect(readZip(rawZip([entry('article.json', '{"a":1}'), entry('article.json', '{"a":2}')]), 'hai.toasoan')).rejects.toMatchObject({
      message: expect.stringContaining('có hai thành phần cùng tên «article.json»'),
    });
    await expect(readZip(rawZip([entry('word/document.xml', '<w:document/>')], { zip64Locator: true }), 'zip64.docx')).rejects.toMatchObject({
      message: expect.stringContaining('ZIP64'),
    });
    const good = rawZip([entry('a.txt', 'một')]);
    expect([...(await readZip(good, 'tot.zip')).keys()]).toEqual(['a.txt']);
    await expect(readZip(Buffer.concat([good, Buffer.from('rác ở cuối')]), 'duoi.zip')).rejects.toMatchObject({ message: expect.stringContaining('bị hỏng') });
    const renamed = Buffer.from(good);
    renamed[30] = 'b'.charCodeAt(0);
    await expect(readZip(renamed, 'ten.zip')).rejects.toMatchObject({ message: expect.stringContaining('hai tên khác nhau') });
  });

  it('a .docx whose bomb hides in its document is refused by the import, and nothing is created', async () => {
    const { call, signIn, services } = await appServices();
    await signIn();
    const docx = rawZip([
      { name: '[Content_Types].xml', data: strToU8('<Types/>'), method: 0, declared: 8 },
      { name: 'word/document.xml', data: deflatedZeros(256 * MB), method: 8, declared: 100 },
    ]);
    await expect(call('import.document', { fileName: 'bom.docx', base64: Buffer.from(docx).toString('base64') })).rejects.toMatchObject({ message: expect.stringMatching(/bung ra quá lớn/) });
    expect((await call<{ total: number }>('articles.list', {})).total).toBe(0);
    await services.close();
  });
});
