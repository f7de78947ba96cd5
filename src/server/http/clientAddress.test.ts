import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './clientAddress';

describe('clientAddress', () => {
  const loopback = parseTrustedProxies('loopback');

  it('ignores X-Forwarded-For from a socket that is not a trusted proxy (a client cannot pick its bucket)', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', loopback)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '198.51.100.1', parseTrustedProxies(''))).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', '198.51.100.1', parseTrustedProxies(undefined))).toBe('127.0.0.1');
  });

  it('takes the nearest untrusted address behind trusted proxies', () => {
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.1', loopback)).toBe('198.51.100.1');
    // A client that sends its own X-Forwarded-For gets nginx's real address for it appended: the spoof is skipped.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 198.51.100.1', loopback)).toBe('198.51.100.1');
    const two = parseTrustedProxies('127.0.0.1, 10.0.0.5');
    expect(clientAddress('127.0.0.1', '198.51.100.1, 10.0.0.5', two)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '2001:db8::1', loopback)).toBe('2001:db8::1');
  });

  it('stops at a garbled entry and keeps the last real address', () => {
    expect(clientAddress('127.0.0.1', 'not-an-ip', loopback)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', 'garbage, 198.51.100.1', loopback)).toBe('198.51.100.1');
    expect(clientAddress('127.0.0.1', '', loopback)).toBe('127.0.0.1');
  });

  it('refuses a TRUST_PROXY that is not a list of addresses', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8')).toThrow(/TRUST_PROXY: "10.0.0.0\/8" is not an IP address/);
    expect(() => parseTrustedProxies('nginx')).toThrow(/TRUST_PROXY/);
  });
});
