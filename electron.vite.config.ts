import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { pathAliases } from './path-aliases';
import { CONTENT_SECURITY_POLICY } from './src/shared/security/csp';

const alias = pathAliases(__dirname);

/**
 * Writes the one CSP into index.html. The dev server needs inline scripts for React's
 * hot reload, so only `electron-vite dev` relaxes it; built apps always get the strict policy.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'minute-book-csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const policy = context.server
          ? CONTENT_SECURITY_POLICY.replace(
              "script-src 'self'",
              "script-src 'self' 'unsafe-inline'",
            )
              .replace("connect-src 'self'", "connect-src 'self' ws:")
              .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
          : CONTENT_SECURITY_POLICY;
        return html.replace('%CONTENT_SECURITY_POLICY%', policy);
      },
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    // The app icon lives once, in resources/, for the window and the page alike.
    publicDir: resolve(__dirname, 'resources'),
    base: './',
    resolve: { alias },
    build: {
      // Less script to parse before the first screen and before the search worker can start.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
});
