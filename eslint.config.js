import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic hook rules. The React Compiler's rules (refs, set-state-in-effect, memoization) are
      // left out: we do not compile with it, and our effects call async loaders that set state after an await.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron'], message: 'The renderer talks to the services only through renderer/src/api.ts.' },
            { group: NODE_BUILTINS, message: 'The renderer never sees Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', '**/electron/**', '**/renderer/**'], message: 'shared/ is pure logic used by both sides.' },
            { group: ['react', 'react-dom', '@tiptap/*'], message: 'shared/ has no UI.' },
            { group: NODE_BUILTINS, message: 'shared/ runs in the renderer too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    // The article body's schema (nodes and marks, no views) is shared: the main process reads HTML with it.
    files: ['shared/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', '**/electron/**', '**/renderer/**'], message: 'shared/ is pure logic used by both sides.' },
            { group: ['react', 'react-dom', '@tiptap/react', '@tiptap/extensions', '@tiptap/suggestion'], message: 'shared/schema/ is the schema only, no UI.' },
            { group: NODE_BUILTINS, message: 'shared/ runs in the renderer too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services run in plain Node (tests, the loopback host): the main process hands them what they need.' }],
          patterns: [{ group: ['**/renderer/**', '**/electron/main/**'], message: 'Services do not depend on the UI or the main process.' }],
        },
      ],
    },
  },
);
