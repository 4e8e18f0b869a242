import { z } from '../../zod';
import { oneLoginAccountIdDigits } from '../../vendors/pentio/account-id';
import type { FieldDef } from '../../form-definition';
import { text } from '../../i18n';

/**
 * The OneLogin Account ID: Pentio identifies the customer's tenant by it. The profile keeps it;
 * the request carries it at the top of 詳細 when set, so nobody has to ask for it.
 */
export const oneLoginAccountId = z._default(oneLoginAccountIdDigits, '');

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
