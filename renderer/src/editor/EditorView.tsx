import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/model';
import { errorMessage } from '../api';
import { ArticleEditor } from './ArticleEditor';
import { takeArticle } from './prefetch';

interface Props {
  id: string;
  onNotice: () => void;
}

export function EditorView({ id, onNotice }: Props) {
  const [article, setArticle] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    takeArticle(id)
      .then((loaded) => {
        if (!cancelled) setArticle(loaded);
        onNotice();
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(errorMessage(error));
      });
    return () => {
      cancelled = true;
    };
  }, [id, onNotice]);

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
