import { XMLSerializer, type Element } from '@xmldom/xmldom';
import { say, text } from '@/schemas/i18n';
import { toJstMinute } from '@/schemas/jst';
import type { Diagnosis } from './diagnose';
import { NS, parseXml } from './parse';
import type { SsoTraceRow } from './types';

/** A value the attachment hides unless the user reveals it: `nameId`, `signature`, `attribute:<Name>`. */
export interface RedactableField {
  key: string;
  label: string;
  /** The values this key hides. */
  values: string[];
}

export const MASK = '[マスク済み]';
const SHORTEN_TO = 16;

/** What the attachment hides by default: NameID values, each attribute's values, signatures. */
export function redactableFields(diagnosis: Diagnosis): RedactableField[] {
  const nameIds = new Set<string>();
  const attributes = new Map<string, Set<string>>();
  let signed = false;
  for (const m of diagnosis.messages) {
    if (m.parsed?.kind !== 'Response') continue;
    signed ||= m.parsed.signed || !!m.parsed.assertion?.signed || m.parsed.certificates.length > 0;
    const a = m.parsed.assertion;
    if (a?.nameId?.value) nameIds.add(a.nameId.value);
    for (const attribute of a?.attributes ?? []) {
      const set = attributes.get(attribute.name) ?? new Set<string>();
      attribute.values.filter((v) => v.trim()).forEach((v) => set.add(v));
      attributes.set(attribute.name, set);
    }
  }
  const fields: RedactableField[] = [];
  if (nameIds.size) fields.push({ key: 'nameId', label: 'NameID', values: [...nameIds] });
  for (const [name, values] of attributes)
    fields.push({
      key: `attribute:${name}`,
      label: say(text(`属性 ${name}`, `Attribute ${name}`)),
      values: [...values],
    });
  if (signed)
    fields.push({ key: 'signature', label: say(text('署名・証明書', 'Signatures and certificates')), values: [] });
  return fields;
}

function shorten(value: string): string {
  const compact = value.replace(/\s+/g, '');
  return compact.length <= SHORTEN_TO ? compact : `${compact.slice(0, SHORTEN_TO)}…(${compact.length}文字を省略)`;
}

function redactXml(xml: string, reveal: ReadonlySet<string>): string {
  const doc = parseXml(xml);
  const setText = (el: Element, value: string) => {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(doc.createTextNode(value));
  };
  if (!reveal.has('nameId'))
    for (const el of Array.from(doc.getElementsByTagNameNS(NS.assertion, 'NameID'))) setText(el, MASK);
  for (const attribute of Array.from(doc.getElementsByTagNameNS(NS.assertion, 'Attribute'))) {
    if (reveal.has(`attribute:${attribute.getAttribute('Name') ?? ''}`)) continue;
    for (const value of Array.from(attribute.getElementsByTagNameNS(NS.assertion, 'AttributeValue')))
      setText(value, MASK);
  }
  if (!reveal.has('signature'))
    for (const local of ['SignatureValue', 'X509Certificate', 'DigestValue'])
      for (const el of Array.from(doc.getElementsByTagNameNS(NS.dsig, local)))
        setText(el, shorten(el.textContent ?? ''));
  return new XMLSerializer().serializeToString(doc);
}

/** 2026-11-21 14:35:07 JST: vendors read times in Japanese time, to the second here. */
const jst = (ms: number) =>
  `${toJstMinute(new Date(ms)).replace('T', ' ')}:${String(new Date(ms).getUTCSeconds()).padStart(2, '0')} JST`;

/**
 * The trace as the text file attached to a ticket: what was recorded, the findings, and the
 * decoded messages, with every value of an unrevealed field masked wherever it appears. The raw
 * base64 messages are never written (they would carry the masked values).
 */
export function traceAttachmentText(
  trace: SsoTraceRow,
  diagnosis: Diagnosis,
  reveal: ReadonlySet<string> = new Set(),
): string {
  const hidden = redactableFields(diagnosis)
    .filter((f) => !reveal.has(f.key))
    .flatMap((f) => f.values)
    .filter((v) => v.length > 0)
    .sort((a, b) => b.length - a.length);
  const mask = (value: string) => hidden.reduce((out, secret) => out.split(secret).join(MASK), value);

  const lines: string[] = [];
  lines.push(say(text('SSO トレース(マスク済み)', 'SSO trace (redacted)')));
  lines.push(
    `${say(text('記録', 'Recorded'))}: ${jst(Date.parse(trace.startedAt))} 〜 ${trace.stoppedAt ? jst(Date.parse(trace.stoppedAt)) : ''}`,
  );
  lines.push('');
  lines.push(say(text('■ 診断', '■ Findings')));
  for (const finding of diagnosis.findings) {
    const mark = finding.level === 'error' ? '×' : finding.level === 'warning' ? '!' : '・';
    lines.push(`${mark} ${finding.request ? `[${finding.request}] ` : ''}${say(finding.message)}`);
  }
  lines.push('');
  lines.push(say(text('■ 記録したリクエスト', '■ Recorded requests')));
  trace.events.forEach((event, index) => {
    const params = [
      ...Object.keys(event.saml ?? {}).filter((k) => k !== 'signed'),
      ...(event.saml?.signed ? ['Signature'] : []),
      ...(event.oidc ? ['OIDC'] : []),
    ];
    lines.push(
      `[${index + 1}] ${jst(event.at)} ${event.method} ${event.endpoint} (${params.join(', ')})` +
        `${event.statusCode !== undefined ? ` → ${event.statusCode}` : ''}` +
        `${event.durationMs !== undefined ? ` ${Math.round(event.durationMs)}ms` : ''}` +
        `${event.failed ? ` ${event.failed}` : ''}`,
    );
    if (event.saml?.RelayState) lines.push(`    RelayState: ${event.saml.RelayState}`);
    if (event.oidc) {
      const { hasState, hasCode, ...rest } = event.oidc;
      for (const [key, value] of Object.entries(rest)) lines.push(`    ${key}: ${value}`);
      lines.push(`    state: ${hasState ? 'あり' : 'なし'} / code: ${hasCode ? 'あり(値は記録しません)' : 'なし'}`);
    }
  });
  lines.push('');
  lines.push(say(text('■ デコードしたメッセージ', '■ Decoded messages')));
  diagnosis.messages.forEach((m) => {
    if (!m.xml) return;
    const index = trace.events.indexOf(m.event) + 1;
    lines.push(`--- [${index}] ${m.carrier} ---`);
    try {
      lines.push(redactXml(m.xml, reveal));
    } catch {
      lines.push(say(text('(解読できませんでした)', '(could not be decoded)')));
    }
  });
  return `${mask(lines.join('\n'))}\n`;
}
