import { describe, expect, it } from 'vitest';
import { mediaFileFor } from '../../../electron/main/media-protocol';
import { archiveThumbPath, parseMediaPath } from '../../../shared/media/model';

describe('media addresses: a photo of an article, or the thumbnail of an archived post, and nothing else', () => {
  it('reads both kinds', () => {
    expect(parseMediaPath('/media/bai-viet-01/abcd1234ef/thumb.jpg')).toEqual({ kind: 'photo', articleId: 'bai-viet-01', photoId: 'abcd1234ef', size: 'thumb' });
    expect(parseMediaPath(`/${archiveThumbPath('cong-tinh-1', 'p_42', 7).split('?')[0]}`)).toEqual({ kind: 'archive', portalId: 'cong-tinh-1', postId: 'p_42' });
  });

  it('refuses anything that could leave the folders', () => {
    for (const path of ['/media/kho/cong-tinh-1/../../secret.jpg', '/media/kho/../x/y.jpg', '/media/kho/cong-tinh-1/a.b.jpg', '/media/kho/cong-tinh-1/%2e%2e.jpg', '/media/kho/cong/p.jpg', '/media/kho/cong-tinh-1/p.png']) {
      expect(parseMediaPath(path)).toBeNull();
    }
  });

  it('the desktop protocol hands the target to the services, never a path', () => {
    const asked: unknown[] = [];
    const file = mediaFileFor('toasoan-media://media/kho/cong-tinh-1/p-1.jpg?v=3', (target) => {
      asked.push(target);
      return '/data/archive/cong-tinh-1/thumbs/p-1.jpg';
    });
    expect(file).toBe('/data/archive/cong-tinh-1/thumbs/p-1.jpg');
    expect(asked).toEqual([{ kind: 'archive', portalId: 'cong-tinh-1', postId: 'p-1' }]);
    expect(mediaFileFor('toasoan-media://media/kho/cong-tinh-1/..%2f..%2fx.jpg', () => 'no')).toBeNull();
  });
});
