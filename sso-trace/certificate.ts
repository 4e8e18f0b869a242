import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';

export interface CertificateInfo {
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 over the DER bytes, colon-separated hex (as browsers and openssl show it). */
  sha256: string;
}

const OID_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
};

function base64ToBytes(value: string): Uint8Array {
  const binary = atob(value.replace(/\s+/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Reads a <ds:X509Certificate> (base64 DER): validity, subject and fingerprint. */
export async function readCertificate(base64: string): Promise<CertificateInfo> {
  const der = base64ToBytes(base64);
  const cert = AsnConvert.parse(der, Certificate);
  const validity = cert.tbsCertificate.validity;
  const subject = cert.tbsCertificate.subject
    .flatMap((rdn) => rdn.map((attr) => `${OID_NAMES[attr.type] ?? attr.type}=${attr.value.toString()}`))
    .join(', ');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der as BufferSource));
  return {
    subject,
    notBefore: validity.notBefore.getTime(),
    notAfter: validity.notAfter.getTime(),
    sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':'),
  };
}
