// The addresses phones on the same network can reach this laptop at, likeliest first:
// a home or venue Wi-Fi (192.168.x, 10.x) before container and VM bridges.
import { networkInterfaces } from 'node:os';

const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|zt|tailscale|wg)/i;

export function lanAddresses(interfaces = networkInterfaces()): string[] {
  const found: { address: string; rank: number }[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal) continue;
      found.push({ address: entry.address, rank: rank(name, entry.address) });
    }
  }
  return found.sort((a, b) => a.rank - b.rank).map((f) => f.address);
}

function rank(name: string, address: string): number {
  if (VIRTUAL.test(name)) return 9;
  if (address.startsWith('192.168.')) return 0;
  if (address.startsWith('10.')) return 1;
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(address)) return 2;
  if (address.startsWith('169.254.')) return 8;
  return 3;
}
