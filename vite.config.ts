import { defineConfig, type Plugin } from 'vite';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';
import { stageUrlPlugin } from './src/build/vite-plugin-stage-url.ts';

// Only the game's own origin: no CDNs, no telemetry, no eval. The dev server injects
// styles inline, so the policy is added to the built page only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dichtbij-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [inkPlugin({ storiesDir: 'stories' }), stageUrlPlugin(), contentSecurityPolicy()],
  // DESIGN.md's layout: our own art and static files live in assets/.
  publicDir: 'assets',
  build: {
    target: 'es2022',
    manifest: true,
    // Phaser alone is ~1.4 MB (357 KB gzip) and cannot be split; it loads after the menu.
    chunkSizeWarningLimit: 1600,
    // Compiling ink is the slow part of a build by design; no need to report it each time.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { host: true },
  preview: { host: true },
});
