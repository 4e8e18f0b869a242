import type { FieldBadge } from '@/components/form/SchemaForm';
import type { Environment } from '@/schemas/environment';
import type { FieldDef } from '@/schemas/form-definition';
import { text } from '@/schemas/i18n';
import { valueAt, type Values } from '@/schemas/paths';

/** Form fields the popup fills from this machine: the environment items of every form. */
const isEnvironmentField = (path: string) => path.startsWith('env.');

const detected: FieldBadge = { label: text('自動検出', 'detected') };
const osVersionUnknown: FieldBadge = {
  label: text('要確認', 'please check'),
  reason: text(
    'このブラウザは OS のバージョンを拡張機能に知らせません。「設定」や「バージョン情報」で確認して入力してください。',
    'This browser does not tell extensions the OS version. Look it up in the system settings and enter it.',
  ),
  warn: true,
};

/**
 * Where the form's environment items came from, shown beside them: the form is the one place
 * these values live, so it says which ones the user has not checked yet.
 */
export function detectedBadges(
  fields: FieldDef[],
  values: Values,
  prefill: Values,
  environment: Partial<Environment>,
): Map<string, FieldBadge> {
  const badges = new Map<string, FieldBadge>();
  for (const { path } of fields) {
    if (!isEnvironmentField(path)) continue;
    const value = valueAt(values, path);
    if (path.endsWith('.osVersion') && environment.osVersionUnknown && !value) badges.set(path, osVersionUnknown);
    else if (value && value === valueAt(prefill, path)) badges.set(path, detected);
  }
  return badges;
}
