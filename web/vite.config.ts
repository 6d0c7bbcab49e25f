import { defineConfig } from 'vite';

// The API serves web/dist at `/` (src/web/serve-web-app.ts). Hashed files under /assets are
// cached for a year; index.html is never cached.
export default defineConfig({
  root: __dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline <script> or data: URLs: the page runs under `script-src 'self'`.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
});
