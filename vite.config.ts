import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import react from '@vitejs/plugin-react';
import type { Plugin as PostCssPlugin } from 'postcss';
import { defineConfig, type Plugin } from 'vite';

/**
 * KERN-UX ships every component's CSS in one file; keep only the rules for classes the app's
 * source names. Class names the source builds at run time (`kern-badge--${tone}`) are kept by
 * their prefix or listed. Only KERN's file is purged: the app's and Leaflet's own CSS stay whole.
 */
const THEME_RULE = /data-kern-theme|kern-level-|:is\(body/;

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
      // The theme and layer rules (`:is(body, .kern-dark, …):not([class*=kern-level-])`) set the
      // colours every component reads, in light and dark; PurgeCSS cannot tell they apply to `body`.
      root.walkRules(THEME_RULE, (rule) => {
        rule.before(helpers.comment({ text: 'purgecss ignore' }));
      });
      return (purge.OnceExit as NonNullable<PostCssPlugin['OnceExit']>)(root, helpers);
    },
  };
}

/**
 * What every first load needs besides the entry's own imports starts downloading with the CSS: the
 * fonts of body text and headings, and the German texts (the default language; another language's
 * texts come as soon as the app knows it is chosen).
 */
function preloadFirstLoad(): Plugin {
  const FONTS = /fira-sans-(400|600)\.woff2$/;
  const GERMAN_TEXTS = /(i18n\/de\.json|error-texts\/de\.json)$/;
  return {
    name: 'preload-first-load',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const files = Object.values(bundle ?? {});
        const fonts = files.filter((file) => file.type === 'asset' && file.originalFileNames.some((name) => FONTS.test(name)));
        const texts = files.filter((file) => file.type === 'chunk' && GERMAN_TEXTS.test(file.facadeModuleId ?? ''));
        return [
          ...fonts.map((font) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${font.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          })),
          ...texts.map((chunk) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${chunk.fileName}`, crossorigin: '' }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), preloadFirstLoad()],
  css: { postcss: { plugins: [onlyUsedKernCss()] } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // Needed when a group leaves its modules' dependencies in other chunks (see rolldown's
        // includeDependenciesRecursively).
        strictExecutionOrder: true,
        // The app's small pieces used across modules (shell components, formatters) would each be a
        // chunk of a few hundred bytes: a detail page waited on some 50 of them, six at a time over
        // HTTP/1.1. They travel as one chunk instead, which the first page loads anyway. The map
        // helpers stay with the map pages: they import Leaflet, which the shared chunk would then
        // pull into every first load.
        codeSplitting: {
          groups: [
            { name: 'shared', test: /web[\\/]src[\\/](?!lib[\\/]map[\\/])/, minShareCount: 3, maxModuleSize: 4 * 1024, includeDependenciesRecursively: false },
            { name: 'react-query', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
