import { sameValue } from '@/components/form/same-value';
import { ProfilePicker } from '@/components/ProfilePicker';
import type { FieldDef } from '@/schemas/form-definition';
import { say, text } from '@/schemas/i18n';
import { valueAt, type Values } from '@/schemas/paths';
import type { ListedProfile } from '@/schemas/profile';

/** How a profile-filled value reads in one line: option labels, lists joined, no booleans. */
function shown(field: FieldDef, value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value !== 'string') return '';
  const option = field.options?.find((o) => o.value === value);
  return option ? say(option.label) : value;
}

/**
 * The profile's items the form can tuck away: filled from the profile, unchanged, and with
 * nothing to fix. Shown in full again once 「編集」 is pressed.
 */
export function tuckedProfileFields(
  visible: readonly FieldDef[],
  profilePaths: readonly string[],
  values: Values,
  prefill: Values,
  needsUser: readonly string[],
): FieldDef[] {
  return visible.filter(
    (f) =>
      profilePaths.includes(f.path) &&
      !needsUser.includes(f.path) &&
      sameValue(valueAt(values, f.path), valueAt(prefill, f.path)),
  );
}

interface Props {
  profiles: ListedProfile[];
  selectedId?: string;
  onChange(id: string | undefined): void;
  /** The profile's items tucked away (tuckedProfileFields), with the draft's values. */
  tucked: FieldDef[];
  values: Values;
  editing: boolean;
  onEdit(editing: boolean): void;
}

/** 「プロファイル [本社 IIJ] IIJ1234567 · 山田 太郎 · iid00001 編集」: the profile in one line. */
export function ProfileSummary({ profiles, selectedId, onChange, tucked, values, editing, onEdit }: Props) {
  const parts = tucked
    .map((f) => ({ label: say(f.label), value: shown(f, valueAt(values, f.path)) }))
    .filter((p) => p.value !== '');
  const canEdit = editing || parts.length > 0;
  return (
    <div className="profile-line row">
      <ProfilePicker profiles={profiles} selectedId={selectedId} onChange={onChange} />
      {!editing && parts.length > 0 && (
        <span
          className="profile-summary"
          data-testid="profile-summary"
          title={parts.map((p) => `${p.label}: ${p.value}`).join('\n')}
        >
          {parts.map((p) => p.value).join(' · ')}
        </span>
      )}
      {canEdit && (
        <button type="button" className="link" aria-expanded={editing} onClick={() => onEdit(!editing)}>
          {editing ? say(text('プロファイルの項目をたたむ', 'Fold the profile items')) : say(text('編集', 'Edit'))}
        </button>
      )}
    </div>
  );
}
