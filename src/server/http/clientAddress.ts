import { isIP } from 'node:net';

// Which client a request comes from, for the per-client limits. Behind a proxy (nginx, a load balancer)
// every request's socket is the proxy's, so all readers would share one bucket: from a proxy the
// operator trusts (TRUST_PROXY), the client is the nearest address in X-Forwarded-For that is not
// itself a trusted proxy. From anyone else the header is ignored: a client cannot choose its bucket.

const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/** Normalises "::ffff:10.0.0.1" to "10.0.0.1", so either spelling of an IPv4 address matches. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The trusted proxies from TRUST_PROXY: a comma-separated list of IP addresses, `loopback` for this
 * machine's own (nginx beside the app, as `npm run start:cached` runs it); empty trusts none.
 * Throws with what is wrong on anything else.
 */
export function parseTrustedProxies(value: string | undefined): ReadonlySet<string> {
  const trusted = new Set<string>();
  for (const part of (value ?? '').split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    if (part === 'loopback') for (const address of LOOPBACK) trusted.add(plain(address));
    else if (isIP(part) !== 0) trusted.add(plain(part));
    else throw new Error(`TRUST_PROXY: "${part}" is not an IP address (give addresses separated by commas, or "loopback").`);
  }
  return trusted;
}

/** The client of a request whose socket is `remote`, given its X-Forwarded-For header and the trusted proxies. */
export function clientAddress(remote: string, forwardedFor: string | undefined, trusted: ReadonlySet<string>): string {
  let client = plain(remote);
  if (!trusted.has(client) || forwardedFor === undefined) return client;
  // Right to left: each hop was added by the proxy before it; stop at the first one not trusted.
  const hops = forwardedFor.split(',').map((h) => h.trim());
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? '';
    if (isIP(hop) === 0) break; // a garbled entry: keep the last address known to be real
    client = plain(hop);
    if (!trusted.has(client)) break;
  }
  return client;
}
