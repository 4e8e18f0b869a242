import type { MailMessage } from '@/schemas/form-definition';
import { wellFormed } from '@/schemas/text-hygiene';

// encodeURIComponent throws URIError on a lone surrogate: every part is made well-formed first.
const encode = (value: string) => encodeURIComponent(wellFormed(value));

/**
 * Longest mailto: URL we hand to the browser. Mail clients and OS URL handlers cut long URLs
 * silently (Windows' shell/Outlook stop near 2,048 characters, IE-era handlers at 2,083, some
 * webmail handlers earlier), and a cut body is worse than none. A Japanese character costs 9
 * URL characters (3 UTF-8 bytes, each %XX), so this is about 200 Japanese characters of text.
 */
export const MAILTO_MAX_LENGTH = 2000;

/** Percent-encodes UTF-8 as RFC 6068 asks; '@' stays readable in addresses. */
function encodeAddress(address: string): string {
  return encode(address).replace(/%40/g, '@');
}

/** RFC 6068 wants line breaks in a body as CRLF (%0D%0A). */
function encodeBody(body: string): string {
  return encode(body.replace(/\r\n|\r|\n/g, '\r\n'));
}

/**
 * The mailto: URL for a message (To, Cc, Subject, Body). From and attachments cannot travel in
 * a mailto: URL: the mail app sends from its current account and the .eml carries attachments.
 */
export function mailtoUrl(message: MailMessage): string {
  const params: string[] = [];
  if (message.cc.length > 0) params.push(`cc=${message.cc.map(encodeAddress).join(',')}`);
  params.push(`subject=${encode(message.subject)}`);
  if (message.body !== '') params.push(`body=${encodeBody(message.body)}`);
  return `mailto:${message.to.map(encodeAddress).join(',')}?${params.join('&')}`;
}

/** Whether the URL is short enough for mail apps to receive whole. */
export function fitsMailto(url: string): boolean {
  return url.length <= MAILTO_MAX_LENGTH;
}
