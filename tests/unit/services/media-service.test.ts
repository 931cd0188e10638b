import { ExifTool } from 'exiftool-vendored';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MediaService } from '../../../electron/services/media/media-service';
import { NoticeBoard } from '../../../electron/services/notices';
import { tempDir } from '../helpers';

const exiftool = new ExifTool({ maxProcs: 1 });
const services: MediaService[] = [];
// Each service has exiftool processes, and each of those listens for the test process's exit: a service opened by a
// test is closed after it (past ten open at once, Node warns of a leak); one a describe block shares, at the end.
let openBeforeTest = 0;
beforeEach(() => {
  openBeforeTest = services.length;
});
afterEach(async () => {
  await Promise.all(services.splice(openBeforeTest).map((service) => service.close()));
});
afterAll(async () => {
  await Promise.all(services.map((service) => service.close()));
  await exiftool.end();
});

function open(dir = tempDir(), longestSide = 1600) {
  const service = new MediaService(dir, new NoticeBoard(), () => ({ longestSide, quality: 80 }));
  services.push(service);
  return service;
}

async function photo(width: number, height: number, options: { orientation?: number; color?: string } = {}): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: options.color ?? '#8a2be2' } }).jpeg({ quality: 80 });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return image.toBuffer();
}

const ARTICLE = 'bai-viet-1234';

describe('importing photos', () => {
  it('keeps the original, makes an upright web copy within the longest side, and a thumbnail', async () => {
    const media = open();
    // Taken with the camera turned: stored 3000×2000, shown 2000×3000.
    const bytes = await photo(3000, 2000, { orientation: 6 });
    const result = await media.add(ARTICLE, 'Hội nghị sơ kết 01.jpg', bytes);
    expect(result.status).toBe('added');
    const { photo: added } = result;
    expect(added.fileName).toBe('Hội nghị sơ kết 01.jpg');
    expect([added.width, added.height]).toEqual([2000, 3000]);
    expect([added.web.width, added.web.height]).toEqual([1067, 1600]);
    expect(readFileSync(media.file(ARTICLE, added.id, 'original', 'jpg')).equals(bytes)).toBe(true);
    const web = await sharp(media.file(ARTICLE, added.id, 'web')).metadata();
    expect([web.width, web.height, web.orientation ?? 1]).toEqual([1067, 1600, 1]);
    const thumb = await sharp(media.file(ARTICLE, added.id, 'thumb')).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBe(400);
    expect((await media.list(ARTICLE)).coverId).toBe(added.id);
  });

  it('reads the caption and credit another tool wrote, the date and the camera', async () => {
    const dir = tempDir();
    const file = join(dir, 'captioned.jpg');
    writeFileSync(file, await photo(1200, 800));
    await exiftool.write(
      file,
      {
        'IPTC:CodedCharacterSet': 'UTF8',
        'IPTC:Caption-Abstract': 'Toàn cảnh Hội nghị.',
        'IPTC:By-line': 'Ngô Giang Sơn',
        DateTimeOriginal: '2024:01:29 14:05:00',
        Make: 'Canon',
        Model: 'Canon EOS R6',
      } as never,
      { writeArgs: ['-overwrite_original'] },
    );
    const { photo: added } = await open().add(ARTICLE, 'captioned.jpg', readFileSync(file));
    expect(added).toMatchObject({ caption: 'Toàn cảnh Hội nghị.', credit: 'Ngô Giang Sơn', camera: 'Canon EOS R6' });
    expect(new Date(added.takenAt ?? 0).getUTCDate()).toBe(29);
  });

  it('recognises the same photo imported twice', async () => {
    const media = open();
    const bytes = await photo(800, 600);
    const first = await media.add(ARTICLE, 'a.jpg', bytes);
    const second = await media.add(ARTICLE, 'ban sao cua a.jpg', bytes);
    expect(second).toEqual({ status: 'duplicate', photo: first.photo });
    expect((await media.list(ARTICLE)).photos).toHaveLength(1);
  });

  it('refuses a file that is not an image, a truncated JPEG and a huge image, each by name, and keeps the rest', async () => {
    const dir = tempDir();
    const media = open(dir);
    const kept = await media.add(ARTICLE, 'tốt.jpg', await photo(640, 480));
    await expect(media.add(ARTICLE, 'ghi chú.txt', Buffer.from('không phải ảnh'))).rejects.toThrow('«ghi chú.txt» không phải là ảnh');
    const whole = await photo(2000, 1500, { color: '#123456' });
    await expect(media.add(ARTICLE, 'chép dở.jpg', whole.subarray(0, Math.floor(whole.length / 2)))).rejects.toThrow(/«chép dở.jpg» bị hỏng hoặc chưa chép hết/);
    await expect(media.add(ARTICLE, 'khổng lồ.png', hugePng(12_000, 10_000))).rejects.toThrow('«khổng lồ.png»: ảnh quá lớn (120 megapixel; tối đa 110 megapixel)');
    const list = await media.list(ARTICLE);
    expect(list.photos.map((item) => item.id)).toEqual([kept.photo.id]);
    // Nothing half-imported is left on disk.
    expect(readdirSync(join(dir, 'media', ARTICLE)).sort()).toEqual([kept.photo.id, 'photos.json'].sort());
  });
});

describe('photos from phones: HEIC and AVIF', () => {
  const fixture = (name: string): Buffer => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'photos', name));
  const pixel = async (file: string, x: number, y: number): Promise<number[]> => {
    const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    const at = (Math.round(y * info.height) * info.width + Math.round(x * info.width)) * info.channels;
    return [data[at], data[at + 1], data[at + 2]];
  };
  const near = (actual: number[], expected: number[]): boolean => actual.every((value, index) => Math.abs(value - expected[index]) < 25);
  // One service for these (each has its exiftool), an article each.
  const dir = tempDir();
  const media = open(dir);

  it('imports a HEIC photo as a phone wrote it: original kept, JPEG web copy, date, camera, caption and credit from its XMP', async () => {
    const bytes = fixture('hoi-nghi.heic');
    const { status, photo: added } = await media.add(ARTICLE, 'IMG_0412.HEIC', bytes);
    expect(status).toBe('added');
    expect(added).toMatchObject({ originalExt: 'heic', width: 640, height: 480, camera: 'Apple iPhone 15', caption: 'Đại biểu dự Hội nghị', credit: 'Ngô Giang Sơn' });
    const taken = new Date(added.takenAt ?? 0);
    expect([taken.getDate(), taken.getMonth() + 1, taken.getFullYear(), taken.getHours(), taken.getMinutes()]).toEqual([20, 11, 2026, 8, 30]);
    expect(readFileSync(media.file(ARTICLE, added.id, 'original', 'heic')).equals(bytes)).toBe(true);
    const web = media.file(ARTICLE, added.id, 'web');
    expect((await sharp(web).metadata()).format).toBe('jpeg');
    // White band at the top, red on the left, blue on the right.
    expect(near(await pixel(web, 0.5, 0.05), [240, 240, 240])).toBe(true);
    expect(near(await pixel(web, 0.2, 0.6), [200, 30, 30])).toBe(true);
    expect(near(await pixel(web, 0.8, 0.6), [30, 60, 200])).toBe(true);
    expect((await sharp(media.file(ARTICLE, added.id, 'thumb')).metadata()).format).toBe('jpeg');
    // The caption it came with is in the web copy's metadata too.
    expect((await exiftool.read(web))['Caption-Abstract']).toBe('Đại biểu dự Hội nghị');
    expect((await media.add(ARTICLE, 'lại lần nữa.heic', bytes)).status).toBe('duplicate');
  });

  it('turns a HEIC photo taken upright as the file says (HEIF rotation), not as stored', async () => {
    const { photo: added } = await media.add('bai-viet-doc', 'dọc.heic', fixture('hoi-nghi-doc.heic'));
    expect([added.width, added.height]).toEqual([480, 640]);
    expect([added.web.width, added.web.height]).toEqual([480, 640]);
    // Stored landscape, turned a quarter clockwise: the band is now on the right, red on top, blue below.
    const web = media.file('bai-viet-doc', added.id, 'web');
    expect(near(await pixel(web, 0.95, 0.5), [240, 240, 240])).toBe(true);
    expect(near(await pixel(web, 0.4, 0.2), [200, 30, 30])).toBe(true);
    expect(near(await pixel(web, 0.4, 0.8), [30, 60, 200])).toBe(true);
  });

  it('keeps the colours of a HEIC in Display P3: the web copy carries its profile, the thumbnail is sRGB', async () => {
    // A flag red (#d01818) as a phone in Display P3 stores it: fewer saturated numbers, and the P3 profile.
    const { photo: added } = await media.add('bai-viet-p3', 'cờ đỏ.heic', fixture('p3-do.heic'));
    const web = media.file('bai-viet-p3', added.id, 'web');
    const profile = (await sharp(web).metadata()).icc;
    const phone = (await sharp(fixture('p3-do.heic')).metadata()).icc as Buffer;
    expect(profile?.equals(phone)).toBe(true);
    // Read as a browser shows it (converted to sRGB through the profile): the red it was.
    expect(near(await pixel(web, 0.5, 0.5), [208, 24, 24])).toBe(true);
    expect(near(await pixel(media.file('bai-viet-p3', added.id, 'thumb'), 0.5, 0.5), [208, 24, 24])).toBe(true);
  });

  it('refuses a HEIC file cut short, by name, and leaves nothing behind', async () => {
    const bytes = fixture('hoi-nghi.heic');
    await expect(media.add('bai-viet-cat', 'cắt.heic', bytes.subarray(0, 1500))).rejects.toThrow(/«cắt.heic» (bị hỏng|không phải là ảnh)/);
    await expect(media.add('bai-viet-cat', 'cắt nửa.heic', bytes.subarray(0, 2600))).rejects.toThrow(/«cắt nửa.heic» (bị hỏng|không phải là ảnh)/);
    const folder = join(dir, 'media', 'bai-viet-cat');
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
  });

  it('imports an AVIF photo with sharp itself', async () => {
    const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2e8b57' } }).avif({ quality: 50 }).toBuffer();
    const { photo: added } = await media.add('bai-viet-avif', 'ảnh.avif', bytes);
    expect(added).toMatchObject({ originalExt: 'avif', width: 800, height: 600 });
    expect((await sharp(media.file('bai-viet-avif', added.id, 'web')).metadata()).format).toBe('jpeg');
  });
});

describe('captions, credits, order', () => {
  it('writes caption, credit and alt text into the web copy’s IPTC (UTF-8) and XMP', async () => {
    const media = open();
    const { photo: added } = await media.add(ARTICLE, 'a.jpg', await photo(800, 600));
    const caption = 'Đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị.';
    const [updated] = await media.update(ARTICLE, [added.id], { caption: caption.normalize('NFD'), credit: 'Ngô Giang Sơn', alt: 'Người phát biểu đứng sau bục' });
    expect(updated.caption).toBe(caption);
    expect(updated.revision).toBe(1);
    const tags = (await exiftool.read(media.file(ARTICLE, added.id, 'web'))) as Record<string, unknown>;
    expect(tags['Caption-Abstract']).toBe(caption);
    expect(tags.Description).toBe(caption);
    expect(tags['By-line']).toBe('Ngô Giang Sơn');
    expect(tags.Credit).toBe('Ngô Giang Sơn');
    expect(tags.CodedCharacterSet).toBe('UTF8');
    expect(tags.AltTextAccessibility).toBe('Người phát biểu đứng sau bục');
  });

  it('applies a credit to many, reorders, picks the cover, deletes', async () => {
    const media = open();
    const ids: string[] = [];
    for (const color of ['#111111', '#222222', '#333333']) ids.push((await media.add(ARTICLE, `${color}.jpg`, await photo(400, 300, { color }))).photo.id);
    const credited = await media.update(ARTICLE, ids, { credit: 'Ảnh: PV' });
    expect(credited.every((item) => item.credit === 'Ảnh: PV')).toBe(true);
    expect((await media.reorder(ARTICLE, [ids[2], ids[0], ids[1]])).photos.map((item) => item.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect((await media.setCover(ARTICLE, ids[1])).coverId).toBe(ids[1]);
    const after = await media.remove(ARTICLE, [ids[1]]);
    expect(after.photos.map((item) => item.id)).toEqual([ids[2], ids[0]]);
    expect(after.coverId).toBe(ids[2]);
    expect(existsSync(join(media.file(ARTICLE, ids[1], 'web'), '..'))).toBe(false);
  });

  it('never serves a file outside the media folder', () => {
    const media = open();
    expect(() => media.file('../../etc', 'passwd', 'web')).toThrow();
  });
});

/** A PNG whose header says `width`×`height` (the pixels are never read: the size alone is refused). */
function hugePng(width: number, height: number): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('export', () => {
  it('packs the captioned web copies (or only the picks) in the article’s order', async () => {
    const { unzipSync } = await import('fflate');
    const media = open();
    const first = await media.add(ARTICLE, 'a.jpg', await photo(640, 480, { color: '#101010' }));
    const second = await media.add(ARTICLE, 'b.jpg', await photo(640, 480, { color: '#202020' }));
    await media.update(ARTICLE, [first.photo.id], { caption: 'Toàn cảnh Hội nghị.', credit: 'PV' });
    await media.update(ARTICLE, [second.photo.id], { starred: true });
    const all = unzipSync((await media.exportZip(ARTICLE, false)).bytes);
    expect(Object.keys(all)).toEqual(['01 - Toàn cảnh Hội nghị.jpg', '02 - b.jpg']);
    const picks = await media.exportZip(ARTICLE, true);
    expect(picks.count).toBe(1);
    await expect(open().exportZip('bai-khac-123', false)).rejects.toThrow('Bài chưa có ảnh để xuất.');
  });
});

describe('a batch of photos chosen at once', () => {
  it('takes the order the files were chosen in and gives its first photo as the cover, however they finish', async () => {
    const media = open();
    const colors = ['#101010', '#202020', '#303030', '#404040'];
    const bytes = await Promise.all(colors.map((color) => photo(320, 240, { color })));
    // They finish out of order (two at a time): 1, 0, 3, 2.
    const ids: string[] = [];
    for (const index of [1, 0, 3, 2]) ids[index] = (await media.add(ARTICLE, `${index}.jpg`, bytes[index], { batch: { id: 'lo-anh-0001', index } })).photo.id;
    const list = await media.list(ARTICLE);
    expect(list.photos.map((item) => item.id)).toEqual(ids);
    expect(list.coverId).toBe(ids[0]);
    // A later batch goes after them, and the article's cover stays.
    const later = await media.add(ARTICLE, 'sau.jpg', await photo(320, 240, { color: '#505050' }), { batch: { id: 'lo-anh-0002', index: 0 } });
    const after = await media.list(ARTICLE);
    expect(after.photos.map((item) => item.id)).toEqual([...ids, later.photo.id]);
    expect(after.coverId).toBe(ids[0]);
  });

  it('leaves a cover the person chose during the import alone', async () => {
    const media = open();
    const first = await media.add(ARTICLE, '1.jpg', await photo(320, 240, { color: '#111111' }), { batch: { id: 'lo-anh-0003', index: 1 } });
    const chosen = await media.add(ARTICLE, 'rời.jpg', await photo(320, 240, { color: '#999999' }));
    await media.setCover(ARTICLE, chosen.photo.id);
    await media.add(ARTICLE, '0.jpg', await photo(320, 240, { color: '#222222' }), { batch: { id: 'lo-anh-0003', index: 0 } });
    const list = await media.list(ARTICLE);
    expect(list.coverId).toBe(chosen.photo.id);
    expect(list.photos[0].id).not.toBe(first.photo.id);
  });
});
