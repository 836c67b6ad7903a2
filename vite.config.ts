import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import react from '@vitejs/plugin-react';
import type { Plugin as PostCssPlugin } from 'postcss';
import { defineConfig, type Plugin } from 'vite';

/**
 * KERN-UX ships every component's CSS in one file; keep only the rules for classes the app's
 * source names. Class names the source builds at run time (`kern-badge--${tone}`) are kept by
 * their prefix or listed. Only KERN's file is purged: the app's and Leaflet's own CSS stay whole.
 */
function onlyUsedKernCss(): PostCssPlugin {
  const purge = purgeCSSPlugin({
    content: ['web/index.html', 'web/src/**/*.{ts,tsx}'],
    safelist: {
      // Notice.tsx picks its icon by kind; the other prefixes take a tone or variant.
      standard: [/^kern-(badge|alert|btn)--/, /^kern-icon--(success|info|warning)$/, /^kern-(light|dark)$/],
    },
    keyframes: true,
    variables: false,
  }) as PostCssPlugin;
  return {
    postcssPlugin: 'only-used-kern-css',
    OnceExit(root, helpers) {
      if (!root.source?.input.file?.includes('@kern-ux')) return;
      return (purge.OnceExit as NonNullable<PostCssPlugin['OnceExit']>)(root, helpers);
    },
  };
}

/** The fonts every page's text needs load alongside the CSS instead of after it. */
function preloadFonts(): Plugin {
  const PRELOADED = /fira-sans-(400|600)\.woff2$/;
  return {
    name: 'preload-fonts',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        return Object.values(bundle ?? {})
          .filter((file) => file.type === 'asset' && file.originalFileNames.some((name) => PRELOADED.test(name)))
          .map((font) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${font.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), preloadFonts()],
  css: { postcss: { plugins: [onlyUsedKernCss()] } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
