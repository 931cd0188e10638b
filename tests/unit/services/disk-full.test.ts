import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaService } from '../../../electron/services/media/media-service';
import { NoticeBoard } from '../../../electron/services/notices';
import { openArticles, paragraphs } from '../helpers';

/** A 4 MB file system of its own, so the disk really fills up (needs root, as on CI; skipped elsewhere with the reason). */
let mountPoint: string | null = null;
let reason = '';
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-tinyfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'pipe' });
    mountPoint = dir;
  } catch (error) {
    reason = `cannot mount a small tmpfs here (${(error as Error).message.split('\n')[0]})`;
  }
});
afterAll(() => {
  if (mountPoint) {
    execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  }
});

describe('a disk that fills up', () => {
  it('stops the photo that does not fit with a clear message and keeps everything saved before', async (context) => {
    if (!mountPoint) context.skip(reason);
    const dataDir = join(mountPoint as string, 'data');
    mkdirSync(dataDir);
    const media = new MediaService(dataDir, new NoticeBoard(), () => ({ longestSide: 1600, quality: 90 }));
    try {
      const small = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } }).jpeg().toBuffer();
      const kept = await media.add('bai-viet-1234', 'nhỏ.jpg', small);
      const noisy = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
        .jpeg({ quality: 95 })
        .toBuffer();
      await expect(media.add('bai-viet-1234', 'lớn.jpg', noisy)).rejects.toThrow(/Không lưu được ảnh «lớn.jpg»: ổ đĩa đã đầy/);
      const list = await media.list('bai-viet-1234');
      expect(list.photos.map((photo) => photo.id)).toEqual([kept.photo.id]);
      expect(readdirSync(join(dataDir, 'media', 'bai-viet-1234')).sort()).toEqual([kept.photo.id, 'photos.json'].sort());
      expect(readFileSync(media.file('bai-viet-1234', kept.photo.id, 'original', 'jpg')).equals(small)).toBe(true);
    } finally {
      await media.close();
    }
  });

  it('refuses an autosave that does not fit, saying so, and the last saved text stays', async (context) => {
    if (!mountPoint) context.skip(reason);
    const dataDir = join(mountPoint as string, 'articles');
    const { service } = await openArticles(dataDir);
    const { id } = await service.create({});
    await service.save({ id, baseRevision: 0, title: 'Đã lưu', lead: '', byline: '', body: paragraphs('Bản đã lưu.') });
    const huge = paragraphs(...Array.from({ length: 6 }, (_, index) => `Đoạn ${index} `.repeat(110_000)));
    await expect(service.save({ id, baseRevision: 1, title: 'Quá lớn', lead: '', byline: '', body: huge })).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringContaining('ổ đĩa đã đầy'),
    });
    await service.close();
    const reopened = await openArticles(dataDir);
    const article = await reopened.service.get(id);
    expect(article.title).toBe('Đã lưu');
    expect(article.body).toEqual(paragraphs('Bản đã lưu.'));
    await reopened.service.close();
  });
});
