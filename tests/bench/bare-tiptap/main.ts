/**
 * The typing bench's second reference (typing.ts): the stack the client chose and nothing else — React 19,
 * TipTap 3's `useEditor` with its StarterKit and a plain figure node, holding the same article as the floor.
 * The article comes in the page itself (a JSON script the bench's server writes), so nothing is fetched: the
 * least any React and TipTap editor can spend opening it. `?react=0`: TipTap's Editor alone, without React.
 */
import { Editor, Node } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** An image with its caption as the figure's content, as in the article (no node view, no photo desk). */
const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  addAttributes: () => ({ src: { default: null } }),
  parseHTML: () => [{ tag: 'figure', contentElement: 'figcaption' }],
  renderHTML: ({ HTMLAttributes }) => ['figure', ['img', { src: HTMLAttributes.src, alt: '', width: 640, height: 427 }], ['figcaption', 0]],
});

const extensions = [StarterKit, Figure];
const content: unknown = JSON.parse(document.getElementById('doc')?.textContent ?? '{"type":"doc","content":[]}');
const root = document.getElementById('root') as HTMLElement;

function BareEditor() {
  const editor = useEditor({ extensions, content: content as object, shouldRerenderOnTransaction: false });
  return createElement(EditorContent, { editor });
}

if (new URLSearchParams(window.location.search).get('react') === '0') new Editor({ element: root, extensions, content: content as object });
else createRoot(root).render(createElement(BareEditor));
