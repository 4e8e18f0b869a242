import { z } from '../../zod';
import { tr } from '../../i18n';

/**
 * IIJ investigates logins by the *global* source address (seed 000, item (7)). Addresses that
 * never reach IIJ as a source — private, loopback, link-local, CGNAT, documentation, multicast,
 * ULA — are a sign the user read the address off their own machine.
 */

/** The four bytes of a dotted IPv4 address, or undefined. */
export function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}

/** The eight 16-bit groups of an IPv6 address (with '::' and a trailing IPv4 part), or undefined. */
export function parseIpv6(text: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return undefined;
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return undefined;
    tail.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    head = text.slice(0, lastColon + 1);
    // 'a:b::1.2.3.4' keeps its '::'; 'a:b:1.2.3.4' leaves a dangling single ':'.
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const toGroups = (part: string) => (part === '' ? [] : part.split(':'));
  const groupText = halves.map(toGroups);
  if (groupText.flat().some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return undefined;
  const [left = [], right = []] = groupText.map((gs) => gs.map((g) => parseInt(g, 16)));
  const known = left.length + right.length + tail.length;
  if (halves.length === 1) return known === 8 ? [...left, ...tail] : undefined;
  if (known > 7) return undefined;
  return [...left, ...new Array<number>(8 - known).fill(0), ...right, ...tail];
}

const ipv4ToNumber = (b: number[]) => ((b[0]! << 24) >>> 0) + (b[1]! << 16) + (b[2]! << 8) + b[3]!;

/** IPv4 ranges that are not global unicast sources (RFC 6890 and friends). */
const NON_GLOBAL_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // CGNAT shared address space
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation TEST-NET-1
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation TEST-NET-2
  ['203.0.113.0', 24], // documentation TEST-NET-3
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

function isGlobalIpv4(bytes: number[]): boolean {
  const address = ipv4ToNumber(bytes);
  return !NON_GLOBAL_V4.some(([network, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (address & mask) >>> 0 === (ipv4ToNumber(parseIpv4(network)!) & mask) >>> 0;
  });
}

function isGlobalIpv6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0] = groups;
  // IPv4-mapped ::ffff:a.b.c.d is judged by its IPv4 address.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [, , , , , , hi = 0, lo = 0] = groups;
    return isGlobalIpv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  }
  // Global unicast is 2000::/3; that excludes ::, ::1, fc00::/7 (ULA), fe80::/10, ff00::/8 …
  if ((g0 & 0xe000) !== 0x2000) return false;
  // … except documentation 2001:db8::/32.
  return !(g0 === 0x2001 && g1 === 0x0db8);
}

export type IpCheck = 'global' | 'not-global' | 'invalid';

export function checkSourceIp(address: string): IpCheck {
  const v4 = parseIpv4(address);
  if (v4) return isGlobalIpv4(v4) ? 'global' : 'not-global';
  const v6 = parseIpv6(address);
  if (v6) return isGlobalIpv6(v6) ? 'global' : 'not-global';
  return 'invalid';
}

/** Several sources may be given, separated by commas, '、' or spaces. */
export const splitAddresses = (value: string): string[] => value.split(/[\s,、]+/).filter((part) => part !== '');

const loginHistoryHint = {
  ja: '対象のIIJ IDユーザでIIJ IDコンソールにログインが可能な場合は、ログイン履歴からアクセス元IPアドレスを確認できます(「ログイン履歴の閲覧(全ユーザ)」)',
  en: 'If the user can log in to the IIJ ID console, the login history shows the source address (「ログイン履歴の閲覧(全ユーザ)」, view login history of all users)',
};

/** Item (7): empty, or global IPv4/IPv6 source addresses. */
export const sourceIpSchema = z
  .string()
  .max(1000, { error: tr('IPアドレスが長すぎます', 'The address list is too long') })
  .superRefine((value, ctx) => {
    for (const address of splitAddresses(value)) {
      const check = checkSourceIp(address);
      if (check === 'invalid') {
        ctx.addIssue({
          code: 'custom',
          message: tr(
            `「${address}」はIPアドレスの形式ではありません。${loginHistoryHint.ja}`,
            `"${address}" is not an IP address. ${loginHistoryHint.en}`,
          )(),
        });
      } else if (check === 'not-global') {
        ctx.addIssue({
          code: 'custom',
          message: tr(
            `「${address}」はグローバルIPアドレスではありません(プライベート、ループバック、リンクローカル、CGNATなど)。接続元のグローバルIPアドレスを記載してください。${loginHistoryHint.ja}`,
            `"${address}" is not a global IP address (private, loopback, link-local, CGNAT …). Give the global source address. ${loginHistoryHint.en}`,
          )(),
        });
      }
    }
  })
  .default('');
