// One build for every page the Go binary serves: each page is an entry (a folder with
// an index.html, served at /<folder>); shared code and the assets land in dist/assets
// with hashed names. dist/ is committed and embedded (web/web.go); CI rebuilds it and
// fails on a difference.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

import { thirdPartyLicenses } from './build/licenses';

const entries = {
  playground: resolve(import.meta.dirname, 'playground/index.html'),
  dashboard: resolve(import.meta.dirname, 'dashboard/index.html'),
};

const licenses = thirdPartyLicenses();

export default defineConfig({
  // Relative URLs: the pages work wherever the service is mounted.
  base: './',
  plugins: [licenses.collect(), licenses.write],
  // Monaco's workers (GraphiQL's editors) are split into chunks: module workers.
  worker: { format: 'es', plugins: () => [licenses.collect()] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // GraphiQL's editor (Monaco) is large; it is loaded from the service itself.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      input: entries,
      onwarn(warning, warn) {
        // React's "use client" markers mean nothing outside a server-components build.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
