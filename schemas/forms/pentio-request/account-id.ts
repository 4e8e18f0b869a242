import { z } from 'zod';
import { foldWidth } from '../../text-hygiene';
import type { FieldDef } from '../../form-definition';
import { text, tr } from '../../i18n';

/**
 * The OneLogin Account ID: Pentio identifies the customer's tenant by it. The profile keeps it;
 * the request carries it at the top of 詳細 when set, so nobody has to ask for it.
 */
export const oneLoginAccountId = z
  .string()
  .transform(foldWidth)
  .pipe(
    z.string().regex(/^\d*$/, {
      error: tr('OneLogin Account ID は数字で入力してください', 'The OneLogin Account ID is digits'),
    }),
  )
  .default('');

export const oneLoginAccountIdField: FieldDef = {
  path: 'oneLoginAccountId',
  kind: 'text',
  label: text('OneLogin Account ID', 'OneLogin Account ID'),
  help: text(
    'ご利用のOneLoginテナントを識別するためのIDです。プロファイルに登録しておくと毎回入ります',
    'Identifies your OneLogin tenant. Save it in the Pentio profile to have it filled in',
  ),
  section: text('リクエスト', 'Request'),
};

/** The lines 詳細 starts with when the ID is known. */
export const renderAccountId = (id: string): string[] => (id === '' ? [] : ['【OneLogin Account ID】', id, '']);
