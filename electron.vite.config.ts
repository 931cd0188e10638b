import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_DEV, CONTENT_SECURITY_POLICY_META } from './shared/security/csp';

/** Writes the one policy from shared/security/csp.ts into index.html (a looser one only for the dev server). */
function contentSecurityPolicy(): Plugin {
  let serving = false;
  return {
    name: 'toasoan-csp',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('%CONTENT_SECURITY_POLICY%', serving ? CONTENT_SECURITY_POLICY_DEV : CONTENT_SECURITY_POLICY_META);
    },
  };
}

/** The fonts every screen draws with (the interface's sans, the text's serif and its italic captions), Latin and Vietnamese. */
const FIRST_FONTS = /^noto-(sans-(latin|latin-ext|vietnamese)-(400|600|700)-normal|serif-(latin|latin-ext|vietnamese)-400-(normal|italic))-[^.]*\.woff2$/;

/**
 * Names in index.html what the page's first screen needs before the code that asks for it has run, for
 * first-screen.js to preload (renderer/public/first-screen.js):
 * - the editor's code (its chunk and the chunks it imports), on an article's address only: the library's address
 *   does not load the editor; asked for first, since the browser opens only a few connections at once;
 * - the fonts, so the first layout of the screen is done with them (a font arriving after it lays the text out again).
 */
function firstScreenPreloads(): Plugin {
  return {
    name: 'toasoan-first-screen-preloads',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const files = Object.values(bundle);
        const fonts = files.filter((file) => file.type === 'asset' && FIRST_FONTS.test(file.fileName.split('/').pop() ?? ''));
        const editor = files.find((file) => file.type === 'chunk' && file.facadeModuleId?.endsWith('/renderer/src/editor/EditorView.tsx'));
        const chunks = new Set<string>();
        const add = (fileName: string): void => {
          if (chunks.has(fileName)) return;
          chunks.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(add);
        };
        if (editor) add(editor.fileName);
        for (const file of files) if (file.type === 'chunk' && file.isEntry) chunks.delete(file.fileName);
        const list = (names: string[]): string => names.map((name) => `./${name}`).join(' ');
        return [
          { tag: 'meta', attrs: { name: 'toasoan-editor-code', content: list([...chunks]) }, injectTo: 'head' as const },
          { tag: 'meta', attrs: { name: 'toasoan-fonts', content: list(fonts.map((font) => font.fileName)) }, injectTo: 'head' as const },
        ];
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          host: resolve(import.meta.dirname, 'electron/host/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicy(), firstScreenPreloads()],
    build: {
      // BENCH_UNMINIFIED=1: readable function names in the typing bench's CPU profiles.
      minify: !process.env.BENCH_UNMINIFIED,
      // One bundle is right for a desktop app loaded from disk; TipTap and React make it ~800 kB.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
      },
    },
  },
});
