import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { listRibbonIcons } from './manifest/packageApp.ts';

const repoRoot = import.meta.dirname;
const pagesRoot = resolve(repoRoot, 'src/apps');
const pages = { taskpane: 'Outlook task pane', tab: 'Teams tab' } as const;
/** Static pages the manifest links to (privacyUrl, termsOfUseUrl). */
const legalPages = ['privacy', 'terms'] as const;

/** `npm start` names the two pages, not just the server root, so nobody has to guess their paths. */
function printPageUrls(): Plugin {
  const announce = (urls: readonly string[]) => {
    const origin = urls[0];
    if (origin === undefined) return;
    for (const [page, title] of Object.entries(pages)) {
      console.log(`  ${title.padEnd(18)} ${new URL(`${page}.html`, origin).href}  (demo mode)`);
    }
  };
  return {
    name: 'privacy-desk-page-urls',
    configureServer(server) {
      server.httpServer?.once('listening', () => setTimeout(() => announce(server.resolvedUrls?.local ?? []), 0));
    },
    configurePreviewServer(server) {
      server.httpServer.once('listening', () => setTimeout(() => announce(server.resolvedUrls?.local ?? []), 0));
    },
  };
}

/** The Outlook ribbon loads its icons from `/assets/` beside the pages; the build ships them there. */
function shipRibbonIcons(): Plugin {
  return {
    name: 'privacy-desk-ribbon-icons',
    apply: 'build',
    generateBundle() {
      for (const name of listRibbonIcons(readFileSync(resolve(repoRoot, 'manifest/manifest.json'), 'utf8'))) {
        this.emitFile({ type: 'asset', fileName: `assets/${name}`, source: readFileSync(resolve(repoRoot, 'assets', name)) });
      }
    },
  };
}

export default defineConfig({
  root: pagesRoot,
  plugins: [react(), printPageUrls(), shipRibbonIcons()],
  // Relative asset URLs so dist/ works from any static file server and any sub-path.
  base: './',
  build: {
    outDir: resolve(repoRoot, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(
        [...Object.keys(pages), ...legalPages].map((page) => [page, resolve(pagesRoot, `${page}.html`)]),
      ),
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
