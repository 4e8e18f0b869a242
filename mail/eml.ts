import { wellFormed } from '@/schemas/text-hygiene';
import { createMimeMessage } from 'mimetext/browser';
import type { MailMessage } from '@/schemas/form-definition';
import { blobToBase64 } from '@/capture/image';
import { compactJstMinute } from '@/schemas/jst';

/** A file attached to the mail: a capture of the draft. */
export interface MailAttachment {
  name: string;
  type: string;
  blob: Blob;
}

/** RFC 2045: base64 lines are at most 76 characters. */
function wrapBase64(base64: string): string {
  return base64.replace(/.{1,76}/g, (line) => `${line}\r\n`).trimEnd();
}

const isAscii = (value: string) => /^[\x20-\x7e]*$/.test(value);

/**
 * Attachment headers whose file name survives in every client: ASCII names stay plain; others get
 * RFC 2231 `filename*` and, for older Outlook, an encoded-word `name`.
 */
function attachmentHeaders(fileName: string, type: string, toBase64: (v: string) => string) {
  if (isAscii(fileName)) {
    const quoted = fileName.replace(/["\\]/g, '_');
    return { 'Content-Type': `${type}; name="${quoted}"`, 'Content-Disposition': `attachment; filename="${quoted}"` };
  }
  const encoded = encodeURIComponent(wellFormed(fileName)).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return {
    'Content-Type': `${type}; name="=?UTF-8?B?${toBase64(fileName)}?="`,
    'Content-Disposition': `attachment; filename*=UTF-8''${encoded}`,
  };
}

/**
 * An RFC 5322 message (UTF-8 encoded-word headers, base64 UTF-8 body, captures as attachments)
 * that Outlook, Thunderbird and Apple Mail open as a message to send. `X-Unsent: 1` makes
 * Outlook open it as a draft with a Send button.
 */
export async function emlText(
  message: MailMessage & { from: string },
  attachments: MailAttachment[] = [],
): Promise<string> {
  const mime = createMimeMessage();
  mime.setSender(message.from);
  mime.setTo(message.to);
  if (message.cc.length > 0) mime.setCc(message.cc);
  mime.setSubject(message.subject);
  mime.setHeader('X-Unsent', '1');
  mime.addMessage({
    contentType: 'text/plain',
    charset: 'UTF-8',
    encoding: 'base64',
    data: wrapBase64(mime.toBase64(message.body)),
  });
  for (const file of attachments) {
    const type = file.type || 'application/octet-stream';
    const part = mime.addAttachment({
      filename: file.name,
      contentType: type,
      encoding: 'base64',
      data: wrapBase64(await blobToBase64(file.blob)),
    });
    // mimetext writes the raw file name into its headers; ours encode it.
    part.setHeaders(attachmentHeaders(file.name, type, (v) => mime.toBase64(v)));
  }
  return mime.asRaw();
}

export async function emlBlob(
  message: MailMessage & { from: string },
  attachments: MailAttachment[] = [],
): Promise<Blob> {
  return new Blob([await emlText(message, attachments)], { type: 'message/rfc822' });
}

/** 'inquiry-20261121-1435.eml' (JST). ASCII: Chromium with its Japanese UI saved a Japanese name from an extension page as 'download'. */
export function emlFileName(now: Date): string {
  return `inquiry-${compactJstMinute(now)}.eml`;
}
