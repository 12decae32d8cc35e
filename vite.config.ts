import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';
import { stageUrlPlugin } from './src/build/vite-plugin-stage-url.ts';
import { contentSecurityPolicy, relayOrigin } from './src/server/content-policy.ts';

// The policy is in src/server/content-policy.ts (the relay sends it too). RELAY_URL, when the
// game is built to use a relay on another host, is the one address it may connect to besides
// its own origin. The dev server injects styles inline, so the policy is on the built page only.
const RELAY_URL = relayOrigin(process.env.RELAY_URL);
const CONTENT_SECURITY_POLICY = contentSecurityPolicy(RELAY_URL);

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'dichtbij-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// The menu's two faces are fetched with the page, not after the CSS is parsed, so they
// are usually there for the first paint; the fallback faces (src/ui/font-fallbacks.css) keep
// the layout still when they are not.
function preloadFonts(): Plugin {
  const MENU_FACES = /atkinson-hyperlegible-latin-(400|700)-normal-[^/]*\.woff2$/;
  return {
    name: 'dichtbij-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => MENU_FACES.test(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          })),
    },
  };
}

// Installable, and playable offline after a first visit: the service worker precaches
// every built file (each scenario's story chunk, the Phaser chunk, fonts, icons). It is
// registered from src/offline.ts once the menu is up, never in the dev server.
const offline = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: false,
  manifest: {
    name: 'Dichtbij',
    short_name: 'Dichtbij',
    description: 'A game about closeness, pushing away, and staying. / Een spel over nabijheid, afstoten en blijven.',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#f6efe6',
    theme_color: '#94402b',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // woff2 only: every browser that runs service workers reads it; the woff copies are for none.
    globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
    // The Phaser chunk is about 1.4 MB.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is controlled as soon as everything is stored, so it already
    // survives losing the network; a new version takes over on the next load.
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [inkPlugin({ storiesDir: 'stories' }), stageUrlPlugin(), contentSecurityPolicyPlugin(), preloadFonts(), offline],
  // DESIGN.md's layout: our own art and static files live in assets/.
  publicDir: 'assets',
  build: {
    target: 'es2022',
    manifest: true,
    // Phaser alone is ~1.4 MB (357 KB gzip) and cannot be split; it loads after the menu.
    chunkSizeWarningLimit: 1600,
    // Compiling ink is the slow part of a build by design; no need to report it each time.
    rolldownOptions: {
      checks: { pluginTimings: false },
      // The phone page of a workshop is its own light page: no Phaser, no ink.
      input: { main: resolve(import.meta.dirname, 'index.html'), join: resolve(import.meta.dirname, 'join.html') },
    },
  },
  server: { host: true },
  preview: { host: true },
});
