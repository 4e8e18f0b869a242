import type { FormListing, FormMeta } from '../../form-definition';
import { text } from '../../i18n';

export const pentioRequestMeta = {
  id: 'pentio-request',
  vendor: 'pentio',
  title: text('ペンティオ 技術サポートリクエスト (OneLogin)', 'Pentio technical support request (OneLogin)'),
  description: text(
    'ペンティオヘルプセンターの[技術サポートリクエスト送信]',
    'Pentio help center: submit a technical support request',
  ),
} satisfies FormMeta;

/** How its vendor's site lists this form (no code: the background reads it). */
export const pentioRequestListing: FormListing = {
  ...pentioRequestMeta,
  channels: ['zendesk'],
};
