import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeTokenFromAddress } from './api';
import { App, loadEditor } from './App';
import { prefetchArticle } from './editor/prefetch';
import { prefetchLibrary } from './library/useArticlePages';
import { prefetchProfiles } from './workflow/start-profile';
import { parseRoute } from './route';
// Fonts ship with the app: Vietnamese renders the same on every machine, with no network.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/400-italic.css';
import '@fontsource/noto-serif/700.css';
import '@fontsource/noto-serif/700-italic.css';
import './styles.css';

takeTokenFromAddress();
// Started on an article's address (a reload, a file opened, a second window): its text, the editor's code and who
// is working come over together, not one after the other, and the editor is editable from its first render.
const start = parseRoute(window.location.hash);
if (start.view === 'library') prefetchLibrary();
const profiles = prefetchProfiles();
// The library's first render does not wait for it (its rows are what the person waits for); screens that edit do.
const ready = start.view === 'article' ? Promise.all([profiles, prefetchArticle(start.id), loadEditor().catch(() => undefined)]) : start.view === 'photos' ? profiles : Promise.resolve();
const root = document.getElementById('root');
if (root) {
  // On an article's address the first render waits for the editor's code and the article (both asked for at
  // once, a few tens of ms), so the first screen is the editor: no «Đang mở…» first, no second render for it.
  void ready.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
