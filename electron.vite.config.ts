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
    plugins: [react(), contentSecurityPolicy()],
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
