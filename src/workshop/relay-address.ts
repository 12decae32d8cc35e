// Where the facilitator's game finds its relay. By default the page's own origin (the game
// served by `npm run workshop` or `npm run relay`); a game served elsewhere may use a hosted
// relay at another address, set in the workshop setup and remembered on this device. The
// page's Content-Security-Policy decides which relays it may reach (the build names one with
// RELAY_URL), so an address the policy would block is refused here with a clear reason
// instead of failing silently in the browser.
import { RELAY_PATH } from './relay-protocol.ts';

export type RelayAddress = { ok: true; origin: string } | { ok: false; reason: 'invalid' | 'not-allowed' };

const STORAGE_KEY = 'dichtbij-relay-address';
const SCHEMES: Record<string, string> = { 'https:': 'wss:', 'wss:': 'wss:', 'http:': 'ws:', 'ws:': 'ws:' };

/** The WebSocket origins a page's policy lets it connect to besides its own (null: no policy). */
export function relaysInPolicy(policy: string | null): string[] | null {
  if (policy === null) return null;
  const connect = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((parts) => parts[0] === 'connect-src');
  return (connect ?? []).slice(1).filter((source) => /^wss?:\/\/[^/\s]+$/.test(source));
}

/**
 * Reads what the facilitator typed (https://, wss://, http:// or ws://, a path is ignored) as a
 * relay's WebSocket origin, if the page may reach it: the page's own host always, others only
 * when the policy names them (`allowed` null: the page has no policy, as on the dev server).
 */
export function parseRelayAddress(
  input: string,
  page: { protocol: string; host: string },
  allowed: readonly string[] | null,
): RelayAddress {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const scheme = SCHEMES[url.protocol];
  if (!scheme || !url.host || url.username || url.password) return { ok: false, reason: 'invalid' };
  const origin = `${scheme}//${url.host}`;
  const own = url.host === page.host;
  if (!own && allowed !== null && !allowed.includes(origin)) return { ok: false, reason: 'not-allowed' };
  return { ok: true, origin };
}

/** The socket address of a relay origin. */
export function relaySocketUrl(origin: string): string {
  return `${origin}${RELAY_PATH}`;
}

export function loadRelayAddress(storage: Pick<Storage, 'getItem'>): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the relay for the next workshop on this device; null forgets it (own origin again). */
export function saveRelayAddress(storage: Pick<Storage, 'setItem' | 'removeItem'>, origin: string | null): void {
  try {
    if (origin === null) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, origin);
  } catch {
    // Storage refused (private mode, full): the address holds for this visit only.
  }
}

type Page = { protocol: string; host: string };
type DeviceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

/** The relay remembered on this device, if this page may still reach it. */
export function rememberedRelay(storage: DeviceStorage, page: Page, allowed: readonly string[] | null): string | null {
  const saved = storage ? loadRelayAddress(storage) : null;
  if (!saved) return null;
  const parsed = parseRelayAddress(saved, page, allowed);
  return parsed.ok ? parsed.origin : null;
}

/**
 * The facilitator's choice in the setup: empty means the page's own server; anything else is
 * checked, and remembered only when it can be used.
 */
export function chooseRelay(
  storage: DeviceStorage,
  input: string,
  page: Page,
  allowed: readonly string[] | null,
): { ok: true; origin: string | null } | { ok: false; reason: 'invalid' | 'not-allowed' } {
  const parsed = input.trim() === '' ? ({ ok: true, origin: null } as const) : parseRelayAddress(input, page, allowed);
  if (parsed.ok && storage) saveRelayAddress(storage, parsed.origin);
  return parsed;
}
