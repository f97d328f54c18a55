// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import lexical from '@lexical/eslint-plugin';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process',
  'querystring', 'readline', 'stream', 'string_decoder', 'timers', 'tls', 'tty', 'url', 'util',
  'v8', 'vm', 'worker_threads', 'zlib',
];

const noNode = {
  group: ['node:*', ...nodeBuiltins],
  message: 'Only electron/ may use Node APIs: keep this layer host-independent.',
};
const noElectron = {
  group: ['electron', 'electron/*', 'electron-store'],
  message: 'Only the Electron shell (electron/main, electron/preload) may import electron.',
};
// conf is plain Node (the web host's preferences store), so only the browser-side layers exclude it.
const noNodeStores = { group: ['conf', 'write-file-atomic', 'jsdom'], message: 'Node-only library: keep it in electron/.' };
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@lexical/react', '@lexical/react/*'],
  message: 'shared/ is pure TypeScript: no React.',
};
const noUpwards = (layer, allowed) => ({
  group: ['**/renderer/**', '**/electron/**', '**/tests/**'].filter((g) => !allowed.some((a) => g.includes(a))),
  message: `${layer} must not import from that layer.`,
});

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.name="eval"]', message: 'No eval.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noNodeStores, noReact, noUpwards('shared/', [])] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'require', 'Buffer', '__dirname'].map(
          (name) => ({ name, message: 'shared/ runs in every host: no DOM or Node globals.' }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noNodeStores, noUpwards('renderer/', ['renderer'])] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...lexical.configs.recommended,
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Services run in the web host, the CLI and tests, where the Electron binary may not exist.
      'no-restricted-imports': ['error', { patterns: [noElectron, noReact, noUpwards('services', ['electron'])] }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'tests/**/*.{ts,tsx}', 'bin/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
