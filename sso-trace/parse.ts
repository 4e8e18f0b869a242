import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export const NS = {
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
  assertion: 'urn:oasis:names:tc:SAML:2.0:assertion',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
} as const;

export interface ParsedAuthnRequest {
  kind: 'AuthnRequest';
  id?: string;
  issuer?: string;
  destination?: string;
  acsUrl?: string;
  issueInstant?: string;
}

export interface ParsedAssertion {
  issuer?: string;
  nameId?: { format?: string; value: string };
  recipient?: string;
  subjectNotOnOrAfter?: string;
  subjectInResponseTo?: string;
  notBefore?: string;
  notOnOrAfter?: string;
  audiences: string[];
  authnInstant?: string;
  attributes: { name: string; values: string[] }[];
  signed: boolean;
  issueInstant?: string;
}

export interface ParsedResponse {
  kind: 'Response';
  id?: string;
  issuer?: string;
  destination?: string;
  inResponseTo?: string;
  issueInstant?: string;
  statusCode?: string;
  subStatusCode?: string;
  statusMessage?: string;
  signed: boolean;
  encryptedAssertion: boolean;
  assertion?: ParsedAssertion;
  certificates: string[];
}

export interface ParsedOther {
  kind: 'Other';
  root: string;
  issuer?: string;
  statusCode?: string;
}

export type ParsedSamlMessage = ParsedAuthnRequest | ParsedResponse | ParsedOther;

/**
 * Parses XML without ever fetching anything: xmldom has no network access and resolves no
 * external entities, and a document type declaration (the door to entity tricks) is refused.
 */
export function parseXml(xml: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('doctype');
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length || !doc.documentElement) throw new Error(errors[0] ?? 'empty');
  return doc;
}

function children(parent: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).namespaceURI === ns && (node as Element).localName === local)
      out.push(node as Element);
  }
  return out;
}
const child = (parent: Element | undefined, ns: string, local: string) =>
  parent ? children(parent, ns, local)[0] : undefined;
const textOf = (el: Element | undefined) => el?.textContent?.trim() || undefined;
const attr = (el: Element | undefined, name: string) => el?.getAttribute(name) || undefined;

function readAssertion(el: Element): ParsedAssertion {
  const subject = child(el, NS.assertion, 'Subject');
  const nameIdEl = child(subject, NS.assertion, 'NameID');
  const confirmationData = child(
    child(subject, NS.assertion, 'SubjectConfirmation'),
    NS.assertion,
    'SubjectConfirmationData',
  );
  const conditions = child(el, NS.assertion, 'Conditions');
  const audiences = conditions
    ? children(conditions, NS.assertion, 'AudienceRestriction').flatMap((r) =>
        children(r, NS.assertion, 'Audience').map((a) => textOf(a) ?? ''),
      )
    : [];
  const attributes = children(el, NS.assertion, 'AttributeStatement').flatMap((statement) =>
    children(statement, NS.assertion, 'Attribute').map((a) => ({
      name: attr(a, 'Name') ?? '',
      values: children(a, NS.assertion, 'AttributeValue').map((v) => v.textContent ?? ''),
    })),
  );
  return {
    issuer: textOf(child(el, NS.assertion, 'Issuer')),
    issueInstant: attr(el, 'IssueInstant'),
    nameId: nameIdEl ? { format: attr(nameIdEl, 'Format'), value: nameIdEl.textContent ?? '' } : undefined,
    recipient: attr(confirmationData, 'Recipient'),
    subjectNotOnOrAfter: attr(confirmationData, 'NotOnOrAfter'),
    subjectInResponseTo: attr(confirmationData, 'InResponseTo'),
    notBefore: attr(conditions, 'NotBefore'),
    notOnOrAfter: attr(conditions, 'NotOnOrAfter'),
    audiences,
    authnInstant: attr(child(el, NS.assertion, 'AuthnStatement'), 'AuthnInstant'),
    attributes,
    signed: !!child(el, NS.dsig, 'Signature'),
  };
}

/** The SAML facts a diagnosis needs, read from one decoded message. */
export function readSamlMessage(doc: Document): ParsedSamlMessage {
  const root = doc.documentElement!;
  const issuer = textOf(child(root, NS.assertion, 'Issuer'));
  const status = child(root, NS.protocol, 'Status');
  const statusCodeEl = child(status, NS.protocol, 'StatusCode');
  if (root.namespaceURI === NS.protocol && root.localName === 'AuthnRequest') {
    return {
      kind: 'AuthnRequest',
      id: attr(root, 'ID'),
      issuer,
      destination: attr(root, 'Destination'),
      acsUrl: attr(root, 'AssertionConsumerServiceURL'),
      issueInstant: attr(root, 'IssueInstant'),
    };
  }
  if (root.namespaceURI === NS.protocol && root.localName === 'Response') {
    const assertionEl = child(root, NS.assertion, 'Assertion');
    const certificates = Array.from(doc.getElementsByTagNameNS(NS.dsig, 'X509Certificate')).map(
      (c) => c.textContent?.replace(/\s+/g, '') ?? '',
    );
    return {
      kind: 'Response',
      id: attr(root, 'ID'),
      issuer,
      destination: attr(root, 'Destination'),
      inResponseTo: attr(root, 'InResponseTo'),
      issueInstant: attr(root, 'IssueInstant'),
      statusCode: attr(statusCodeEl, 'Value'),
      subStatusCode: attr(child(statusCodeEl, NS.protocol, 'StatusCode'), 'Value'),
      statusMessage: textOf(child(status, NS.protocol, 'StatusMessage')),
      signed: !!child(root, NS.dsig, 'Signature'),
      encryptedAssertion: !!child(root, NS.assertion, 'EncryptedAssertion'),
      assertion: assertionEl ? readAssertion(assertionEl) : undefined,
      certificates: [...new Set(certificates.filter(Boolean))],
    };
  }
  return { kind: 'Other', root: root.localName ?? '', issuer, statusCode: attr(statusCodeEl, 'Value') };
}
