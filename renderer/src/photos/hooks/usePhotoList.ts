import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { Photo, PhotoEdit } from '../../../../shared/media/model';
import { call, errorMessage } from '../../api';
import { useToast } from '../../components/toast';

type PhotoList = { photos: Photo[]; coverId: string | null };

/**
 * The article and its photos as the service keeps them: read when the desk opens, and every change (an edit,
 * an order with its undo, the cover, a removal) sent to the service and taken back from its answer.
 */
export function usePhotoList(articleId: string) {
  const toast = useToast();
  const [article, setArticle] = useState<Article | null>(null);
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [coverId, setCoverId] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const take = useCallback((list: PhotoList): void => {
    setPhotos(list.photos);
    setCoverId(list.coverId);
  }, []);

  useEffect(() => {
    Promise.all([call('articles.get', { id: articleId }), call('photos.list', { articleId })])
      .then(([fresh, list]) => {
        setArticle(fresh);
        take(list);
        setLoaded(true);
      })
      .catch((error: unknown) => setLoadError(errorMessage(error)));
  }, [articleId, take]);

  /** The list again from the service (after an import, whose order and cover it decided). */
  const reload = useCallback(async (): Promise<void> => take(await call('photos.list', { articleId })), [articleId, take]);

  /** A photo that arrived while an import runs, shown at once (its place is set by the reload at the end). */
  const arrived = useCallback((photo: Photo): void => {
    setPhotos((list) => (list.some((item) => item.id === photo.id) ? list : [...list, photo]));
    setCoverId((current) => current ?? photo.id);
  }, []);

  const update = async (ids: string[], edit: PhotoEdit): Promise<boolean> => {
    try {
      const changed = new Map((await call('photos.update', { articleId, photoIds: ids, edit })).map((photo) => [photo.id, photo]));
      setPhotos((list) => list.map((photo) => changed.get(photo.id) ?? photo));
      return true;
    } catch (error) {
      toast.error(error);
      return false;
    }
  };

  /** A new order saved, with an undo for a few seconds. */
  const reorder = async (order: string[], message: string): Promise<void> => {
    const before = photos.map((photo) => photo.id);
    if (order.every((id, index) => id === before[index])) return;
    try {
      take(await call('photos.reorder', { articleId, order }));
      toast.show(message, {
        action: {
          label: 'Hoàn tác',
          run: () =>
            void call('photos.reorder', { articleId, order: before })
              .then(take)
              .catch((error: unknown) => toast.error(error)),
        },
      });
    } catch (error) {
      toast.error(error);
    }
  };

  const setCover = (photoId: string): void => {
    call('photos.setCover', { articleId, photoId })
      .then(take)
      .catch((error: unknown) => toast.error(error));
  };

  /** Removes photos; resolves with what is left (null when the service refused). */
  const remove = async (ids: string[]): Promise<Photo[] | null> => {
    try {
      const list = await call('photos.remove', { articleId, photoIds: ids });
      take(list);
      return list.photos;
    } catch (error) {
      toast.error(error);
      return null;
    }
  };

  return { article, photos, coverId, loadError, loaded, reload, arrived, update, reorder, setCover, remove };
}
