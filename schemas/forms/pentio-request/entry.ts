import type { FormEntry, FormMeta } from '../../form-definition';
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

/** How the registry lists this form; the definition (index.ts) loads when the form is opened. */
export const pentioRequestEntry: FormEntry = {
  ...pentioRequestMeta,
  channels: ['zendesk'],
  load: async () => (await import('./index')).pentioRequest,
};
