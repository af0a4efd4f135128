import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: apps -> adapters -> core. The core knows no host, UI or service.
const hostPackages = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@fluentui/*',
  '@microsoft/teams-js',
  '@azure/msal-browser',
  '@microsoft/microsoft-graph-client',
  'dompurify',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: './src/adapters', message: 'The core must not depend on adapters.' },
            { target: './src/core', from: './src/apps', message: 'The core must not depend on screens.' },
            { target: './src/core', from: './src/cli', message: 'The core must not depend on the CLI.' },
            { target: './src/adapters', from: './src/apps', message: 'Adapters must not depend on screens.' },
            { target: './src/cli', from: './src/apps', message: 'The CLI must not depend on screens.' },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: hostPackages, message: 'The core is pure TypeScript: no UI, host or service libraries.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Office.js belongs in src/adapters/office.' },
        { name: 'window', message: 'The core knows no DOM.' },
        { name: 'document', message: 'The core knows no DOM.' },
        { name: 'localStorage', message: 'The core knows no browser storage.' },
        { name: 'indexedDB', message: 'The core knows no browser storage.' },
        { name: 'fetch', message: 'The core makes no network calls.' },
      ],
    },
  },
);
