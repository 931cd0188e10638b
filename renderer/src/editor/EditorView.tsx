import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/model';
import { errorMessage } from '../api';
import { ArticleEditor } from './ArticleEditor';
import { arrivedArticle, takeArticle } from './prefetch';

interface Props {
  id: string;
}

/**
 * Opens an article: read (or taken from the read started with the app), then the editor, or why it cannot open.
 * What the read may have told the person (a damaged file put back from a version) comes as the services' notices
 * event, which App listens to; read before App started (the app opened on this address), it is in the notices App
 * asks for when it starts.
 */
export function EditorView({ id }: Props) {
  // Already here when the app started on this address: the first render is the editor, not «Đang mở…».
  const [article, setArticle] = useState<Article | null>(() => arrivedArticle(id));
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    takeArticle(id)
      .then((loaded) => {
        // The same read as the first render's when it came from there: nothing to set again.
        if (!cancelled) setArticle((shown) => (shown?.id === loaded.id && shown.revision === loaded.revision ? shown : loaded));
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error));
      });
    return () => {
      cancelled = true;
    };
  }, [id]);

  if (loadError) {
    return (
      <section className="editor-missing" role="alert">
        <h1>Không mở được bài viết</h1>
        <p>{loadError}</p>
        <a href="#/">← Về thư viện bài viết</a>
      </section>
    );
  }
  if (!article) return <p className="loading">Đang mở bài viết…</p>;
  return <ArticleEditor article={article} />;
}
