import { describe, expect, it } from 'vitest';
import { forbiddenAddressReason } from './forbiddenAddress';

describe('forbiddenAddressReason', () => {
  it('refuses loopback, private, link-local, metadata and other special addresses, IPv4 and IPv6', () => {
    const refused = [
      '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.100.100.200',
      '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1',
      '::1', '::', 'fe80::1', 'fe80::1%eth0', 'fd00:ec2::254', 'fc00::5', 'ff02::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '[::ffff:192.168.0.1]',
      '64:ff9b::7f00:1', '2002:7f00:1::', '::127.0.0.1',
    ];
    for (const address of refused) expect(forbiddenAddressReason(address), address).not.toBeNull();
    expect(forbiddenAddressReason('169.254.169.254')).toMatch(/metadata/);
    expect(forbiddenAddressReason('::ffff:127.0.0.1')).toBe('loopback');
  });

  it('allows public addresses, IPv4, IPv6 and IPv4-mapped', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '2a00:1450:4001:82b::200e', '::ffff:8.8.8.8']) {
      expect(forbiddenAddressReason(address), address).toBeNull();
    }
  });

  it('refuses what is not an IP address', () => {
    expect(forbiddenAddressReason('example.com')).toBe('not an IP address');
  });
});
