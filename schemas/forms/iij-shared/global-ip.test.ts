import { describe, expect, it } from 'vitest';
import { checkSourceIp, parseIpv6 } from './global-ip';

describe('checkSourceIp', () => {
  it.each([
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.10.5', // private
    '127.0.0.1',
    '169.254.1.1',
    '100.64.0.1',
    '100.127.255.255', // loopback, link-local, CGNAT
    '0.0.0.0',
    '192.0.2.1',
    '198.51.100.7',
    '203.0.113.9',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'ff02::1',
    '2001:db8::1',
    '::ffff:192.168.0.1',
  ])('%s is not global', (address) => {
    expect(checkSourceIp(address)).toBe('not-global');
  });

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '203.0.114.10',
    '2001:240:1234::10',
    '2400:4050::1',
    '::ffff:8.8.8.8',
  ])('%s is global', (address) => {
    expect(checkSourceIp(address)).toBe('global');
  });

  it.each(['256.1.1.1', '1.2.3', '01.2.3.4', 'example.jp', '1::2::3', 'fe80::1%eth0', '12345::', '1:2:3:4:5:6:7:8:9'])(
    '%s is invalid',
    (address) => {
      expect(checkSourceIp(address)).toBe('invalid');
    },
  );

  it('expands IPv6 with an embedded IPv4 part', () => {
    expect(parseIpv6('64:ff9b::192.0.2.33')).toEqual([0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0221]);
    expect(parseIpv6('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x0102, 0x0304]);
  });
});
