// The game's Content-Security-Policy, in one place: the build puts it in every page's meta
// (vite.config.ts) and the relay sends it, with what a meta cannot say, on every response.
// Only the game's own origin: no CDNs, no telemetry, no eval.

const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The offline service worker and the web manifest (src/offline.ts, vite-plugin-pwa).
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * The page policy. `relay` (a ws:// or wss:// origin) is the one relay the game may talk to
 * besides its own origin, when the game and the relay are on different hosts.
 */
export function contentSecurityPolicy(relay?: string): string {
  return PAGE_DIRECTIVES.map((d) => (relay && d.startsWith('connect-src') ? `${d} ${relay}` : d)).join('; ');
}

const HOST = /^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/;

/** A Host header fit to be named in a policy, or undefined. */
export function safeHost(host: string | undefined): string | undefined {
  return host && HOST.test(host) ? host : undefined;
}

/**
 * Headers for every HTTP response of the relay. The CSP names the relay's own socket (older
 * Safari does not count a WebSocket to the same host as 'self') and forbids framing, which a
 * meta policy cannot.
 */
export function securityHeaders(host: string | undefined): [string, string][] {
  const own = safeHost(host);
  const policy = `${contentSecurityPolicy(own && `ws://${own} wss://${own}`)}; frame-ancestors 'none'`;
  return [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * The WebSocket origin of a relay given as http(s)://, ws(s):// (a path is ignored), or
 * undefined when none is given. Throws with a readable message for anything else.
 */
export function relayOrigin(address: string | undefined): string | undefined {
  if (!address) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new Error(`RELAY_URL must be an address like wss://relay.example.org, not "${address}".`);
  }
  const scheme = { 'https:': 'wss:', 'wss:': 'wss:', 'http:': 'ws:', 'ws:': 'ws:' }[url.protocol];
  if (!scheme || url.username || url.password) {
    throw new Error(`RELAY_URL must be an address like wss://relay.example.org, not "${address}".`);
  }
  return `${scheme}//${url.host}`;
}
