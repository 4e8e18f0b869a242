import type { Delivery, ZendeskRequest } from '../../form-definition';
import { CATEGORY_LABELS, CONNECTOR_LABELS, priorityOptions } from './fields';
import type { PentioRequestValues } from './schema';

/**
 * Pentio takes requests on its Zendesk help center (support.onelogin.jp). Dropdowns are keyed by
 * the labels the page shows; category and connector carry the page's own option values (learned
 * from the page), priority Zendesk's standard values. Optional dropdowns left empty are not touched.
 */
export const PENTIO_TICKET_FORM = '技術サポートリクエスト';

export function toZendeskRequest(
  values: PentioRequestValues,
  rendered: { subject: string; body: string; attachments: string[] },
): ZendeskRequest {
  const priority = priorityOptions.find((o) => o.value === values.priority);
  const connector = values.connectorInquiry && values.connectorRequest !== '';
  return {
    subject: rendered.subject,
    description: rendered.body,
    cc: values.cc,
    dropdowns: [
      { label: CATEGORY_LABELS[0]!, option: '', value: values.category, required: true },
      ...(priority ? [{ label: '優先度', option: priority.label.ja, value: priority.value, required: false }] : []),
      ...(connector
        ? [{ label: CONNECTOR_LABELS[0]!, option: '', value: values.connectorRequest, required: false }]
        : []),
    ],
    attachments: rendered.attachments,
    ticketForm: PENTIO_TICKET_FORM,
  };
}

export const pentioRequestDelivery: Delivery<PentioRequestValues>[] = [
  { kind: 'zendesk', toRequest: toZendeskRequest },
];
