import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const repoRoot = import.meta.dirname;
const pagesRoot = resolve(repoRoot, 'src/apps');

export default defineConfig({
  root: pagesRoot,
  plugins: [react()],
  // Relative asset URLs so dist/ works from any static file server and any sub-path.
  base: './',
  build: {
    outDir: resolve(repoRoot, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        taskpane: resolve(pagesRoot, 'taskpane.html'),
        tab: resolve(pagesRoot, 'tab.html'),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    root: repoRoot,
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: [resolve(repoRoot, 'tests/setup.ts')],
  },
});
