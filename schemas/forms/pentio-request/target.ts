import type { Delivery, ZendeskRequest } from '../../form-definition';
import { categoryOptions, connectorOptions, priorityOptions } from './fields';
import type { PentioRequestValues } from './schema';

/**
 * Pentio takes requests on its Zendesk help center (support.onelogin.jp). Dropdowns are keyed by
 * the labels the page shows; optional dropdowns left empty are not touched.
 */
export const PENTIO_TICKET_FORM = '技術サポートリクエスト';

export function toZendeskRequest(
  values: PentioRequestValues,
  rendered: { subject: string; body: string; attachments: string[] },
): ZendeskRequest {
  const category = categoryOptions.find((o) => o.value === values.category);
  const priority = priorityOptions.find((o) => o.value === values.priority);
  const connector = connectorOptions.find((o) => o.value === values.connectorRequest);
  return {
    subject: rendered.subject,
    description: rendered.body,
    cc: values.cc,
    dropdowns: [
      ...(category ? [{ label: 'お問い合わせカテゴリ', option: category.label.ja }] : []),
      ...(priority ? [{ label: '優先度', option: priority.label.ja }] : []),
      ...(connector ? [{ label: '(OneLogin) コネクタ追加リクエスト', option: connector.zendeskOption }] : []),
    ],
    attachments: rendered.attachments,
    ticketForm: PENTIO_TICKET_FORM,
  };
}

export const pentioRequestDelivery: Delivery<PentioRequestValues>[] = [
  { kind: 'zendesk', toRequest: toZendeskRequest },
];
