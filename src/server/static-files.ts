// Serves the built game (dist/) as it is: files unchanged (so each page's CSP meta stays),
// correct MIME types, and nothing outside the folder, however the path is spelled.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { JOIN_PATH } from '../workshop/relay-protocol.ts';
import { safeHost } from './content-policy.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
};

/** Pretty addresses: `/join` is the phone page. */
const ALIASES: Record<string, string> = { '/': '/index.html', [JOIN_PATH]: '/join.html' };

export type Resolved = { file: string } | { status: 400 | 404 };

/** Maps a request path to a file inside `root`, or refuses it. */
export function resolveStatic(root: string, rawUrl: string): Resolved {
  const base = resolve(root);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://relay.invalid').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 400 };
  pathname = ALIASES[pathname] ?? pathname;
  const file = resolve(base, `.${pathname}`);
  if (file !== base && !file.startsWith(base + sep)) return { status: 404 };
  return { file };
}

export async function serveStatic(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const resolved = resolveStatic(root, request.url ?? '/');
  if ('status' in resolved) {
    response
      .writeHead(resolved.status, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end(resolved.status === 400 ? 'Bad request' : 'Not found');
    return;
  }
  const info = await stat(resolved.file).catch(() => null);
  if (!info?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const type = MIME[extname(resolved.file).toLowerCase()] ?? 'application/octet-stream';
  const page = type.startsWith('text/html') ? withRelayInPolicy(await readFile(resolved.file, 'utf8'), request.headers.host) : null;
  response.writeHead(200, {
    'Content-Type': type,
    'Content-Length': page === null ? info.size : Buffer.byteLength(page),
    // Hashed build assets never change; pages must be fetched fresh so a rebuild shows.
    'Cache-Control': resolved.file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD' || page !== null) {
    response.end(request.method === 'HEAD' ? undefined : page);
    return;
  }
  createReadStream(resolved.file)
    .on('error', () => response.destroy())
    .pipe(response);
}

const CONNECT_SELF = /connect-src (&#39;|')self(&#39;|')/;

/**
 * CSP 3 lets `connect-src 'self'` cover WebSockets to the same host, but older Safari (still
 * on many phones) does not: name this relay's own ws:// address beside 'self'. The policy
 * stays exactly as narrow; only the page's own host is added.
 */
export function withRelayInPolicy(html: string, host: string | undefined): string {
  const own = safeHost(host);
  if (!own) return html;
  return html.replace(CONNECT_SELF, (match) => `${match} ws://${own} wss://${own}`);
}
