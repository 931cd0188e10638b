import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useCommands, useFileHandler } from '../../desktop/commands';
import { navigate } from '../../route';
import { useToast } from '../../components/toast';

interface Actions {
  articleId: string;
  editor: Editor | null;
  readOnly: boolean;
  saveVersion: () => void;
  openLink: () => void;
  showVersions: () => void;
  exportArticle: () => void;
  convertLegacy: () => void;
  insertWord: (file: File) => void;
}

/**
 * The editor's keys a Word user expects (Ctrl+S saves a version, Ctrl+K links the selection; the text's own keys
 * are TipTap's), and the desktop menu's commands and opened files, which do the same as the buttons.
 */
export function useEditorShortcuts(actions: Actions): void {
  const toast = useToast();
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        latest.current.saveVersion();
      } else if (key === 'k' && latest.current.editor?.isFocused) {
        event.preventDefault();
        latest.current.openLink();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useCommands({
    'article.saveVersion': () => latest.current.saveVersion(),
    'article.versions': () => latest.current.showVersions(),
    'article.photos': () => navigate({ view: 'photos', id: latest.current.articleId }),
    'article.export': () => latest.current.exportArticle(),
    'article.print': () => navigate({ view: 'print', id: latest.current.articleId }),
    'article.convertLegacy': () => {
      if (!latest.current.readOnly) latest.current.convertLegacy();
    },
  });
  useFileHandler('insert', (file) => {
    if (latest.current.readOnly) toast.show('Bài đang ở chế độ chỉ xem.');
    else latest.current.insertWord(file);
  });
}
