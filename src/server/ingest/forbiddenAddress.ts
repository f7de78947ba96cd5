import { BlockList, isIP } from 'node:net';

// Addresses a feed URL may never reach (server-side request forgery): this machine, private and
// shared networks, link-local (including the cloud metadata address 169.254.169.254), multicast,
// reserved and documentation ranges. BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1)
// against the IPv4 rules; NAT64 and 6to4 prefixes, which embed an IPv4 address, are refused whole.

const IPV4: [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local / metadata'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

const IPV6: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::', 96, 'IPv4-compatible'],
  ['64:ff9b::', 96, 'NAT64'],
  ['64:ff9b:1::', 48, 'NAT64'],
  ['100::', 64, 'discard'],
  ['2001::', 23, 'IETF protocol assignments'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, '6to4'],
  ['fc00::', 7, 'unique local (private)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const lists = [...IPV4.map(([net, prefix, why]) => ({ net, prefix, why, type: 'ipv4' as const })),
  ...IPV6.map(([net, prefix, why]) => ({ net, prefix, why, type: 'ipv6' as const }))].map((rule) => {
  const list = new BlockList();
  list.addSubnet(rule.net, rule.prefix, rule.type);
  return { list, why: rule.why };
});

/**
 * Why a feed may not be fetched from IP address `address` ("loopback", "private", ...), or null when
 * it is a public address. Anything that is not an IP address at all is refused too.
 */
export function forbiddenAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, why } of lists) {
    if (list.check(bare, type)) return why;
  }
  return null;
}
