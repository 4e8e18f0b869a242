import { useId, useState, type FormEvent } from 'react';
import { foldId } from '@/schemas/text-hygiene';
import { say, text } from '@/schemas/i18n';
import { loadProfileSchema, type Profile } from '@/schemas/profile';
import { isIdField, isListField, profileFieldsOf, profileNameLabel, type ProfileField } from '@/schemas/profile-fields';
import type { VendorId } from '@/schemas/vendors';
import { newId, saveProfile } from '@/storage/profiles';

interface Props {
  vendor: VendorId;
  initial?: Profile;
  onSaved(profile: Profile): void;
  onCancel(): void;
}

type Draft = Record<string, string | boolean>;

function toDraft(vendor: VendorId, profile?: Profile): Draft {
  const values = (profile ?? {}) as Record<string, unknown>;
  const draft: Draft = { name: profile?.name ?? '', isDefault: profile?.isDefault ?? false };
  for (const field of profileFieldsOf(vendor)) {
    const value = values[field.key];
    draft[field.key] = Array.isArray(value)
      ? value.join('\n')
      : typeof value === 'string'
        ? value
        : field.kind === 'accountType'
          ? 'personal'
          : '';
  }
  return draft;
}

function toInput(vendor: VendorId, draft: Draft, initial?: Profile) {
  const input: Record<string, unknown> = {
    ...(initial ?? { id: newId(), createdAt: new Date().toISOString() }),
    vendor,
    name: draft.name,
    isDefault: draft.isDefault,
  };
  for (const field of profileFieldsOf(vendor)) {
    const value = String(draft[field.key] ?? '');
    input[field.key] = isListField(field)
      ? value
          .split(/[\n,，、]/)
          .map((v) => v.trim())
          .filter(Boolean)
      : field.optional && value.trim() === ''
        ? undefined
        : value;
  }
  return input;
}

/** Each line folded like the schema folds an ID, so the user sees what will be saved. */
const foldLines = (value: string) => value.split('\n').map(foldId).join('\n');

/** One field: label, input, the ID's example and 「どこで確認できますか?」, the error. */
function ProfileFieldRow({
  field,
  id,
  value,
  error,
  onChange: set,
}: {
  field: ProfileField;
  id: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  const idField = isIdField(field) ? field : undefined;
  const describedBy =
    [idField && `${id}-example`, field.help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined;
  // An ID typed with a Japanese IME shows as what is saved (ＡＢＣ－１２３ → ABC-123) once the user moves on.
  const fold = idField ? () => set(foldLines(value)) : undefined;
  const placeholder = field.example && say(field.example);
  // Where to find an ID stays one click away, beside its label: the editor keeps its height.
  const [whereShown, setWhereShown] = useState(false);
  return (
    <div className="field">
      <div className="label-row">
        <label htmlFor={id}>{say(field.label)}</label>
        {/* The popup's mark, beside the label so the field's name stays its label. */}
        {!field.optional && (
          <span aria-hidden="true" className="badge required">
            {say(text('必須', 'required'))}
          </span>
        )}
        {idField && (
          <button
            type="button"
            className="where-to-find-toggle"
            aria-expanded={whereShown}
            aria-controls={`${id}-where`}
            onClick={() => setWhereShown(!whereShown)}
          >
            {say(text('どこで確認できますか?', 'Where do I find this?'))}
            {/* The field's name, for whoever hears the question apart from the field. */}
            <span className="visually-hidden">{` (${say(field.label)})`}</span>
          </button>
        )}
      </div>
      {field.kind === 'accountType' ? (
        <select id={id} value={value} onChange={(e) => set(e.target.value)} aria-describedby={describedBy}>
          <option value="personal">{say(text('個人アカウント', 'Personal account'))}</option>
          <option value="shared">{say(text('共有アカウント(グループアドレスなど)', 'Shared (group) account'))}</option>
        </select>
      ) : isListField(field) ? (
        <textarea
          id={id}
          rows={3}
          value={value}
          placeholder={placeholder}
          onChange={(e) => set(e.target.value)}
          onBlur={fold}
          aria-invalid={!!error}
          aria-describedby={describedBy}
        />
      ) : (
        <input
          id={id}
          type={field.kind === 'email' ? 'email' : 'text'}
          value={value}
          placeholder={placeholder}
          onChange={(e) => set(e.target.value)}
          onBlur={fold}
          aria-invalid={!!error}
          aria-describedby={describedBy}
        />
      )}
      {idField && (
        <span id={`${id}-example`} className="help">
          {say(idField.example)}
        </span>
      )}
      {field.help && (
        <span id={`${id}-help`} className="help">
          {say(field.help)}
        </span>
      )}
      {idField && (
        <p id={`${id}-where`} className="where-to-find" hidden={!whereShown}>
          {say(idField.whereToFind)}
        </p>
      )}
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Creates or edits one profile; every field is checked by the profile's zod schema. */
export function ProfileEditor({ vendor, initial, onSaved, onCancel }: Props) {
  const idPrefix = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(vendor, initial));
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = (await loadProfileSchema()).safeParse(toInput(vendor, draft, initial));
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) found[String(issue.path[0] ?? 'name')] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    onSaved(await saveProfile(parsed.data));
  }

  const fields: ProfileField[] = [{ key: 'name', label: profileNameLabel, kind: 'text' }, ...profileFieldsOf(vendor)];
  return (
    <form
      className="profile-editor"
      onSubmit={submit}
      noValidate
      aria-label={say(initial ? text('プロファイルを編集', 'Edit profile') : text('新しいプロファイル', 'New profile'))}
    >
      {fields.map((field) => (
        <ProfileFieldRow
          key={field.key}
          field={field}
          id={`${idPrefix}-${field.key}`}
          value={String(draft[field.key] ?? '')}
          error={errors[field.key]}
          onChange={(value) => setDraft((d) => ({ ...d, [field.key]: value }))}
        />
      ))}
      <label className="row">
        <input
          type="checkbox"
          checked={!!draft.isDefault}
          onChange={(e) => setDraft((d) => ({ ...d, isDefault: e.target.checked }))}
        />
        {say(text('このベンダーの既定にする', 'Use as the default for this vendor'))}
      </label>
      <div className="row" style={{ marginTop: 8 }}>
        <button type="submit" className="primary">
          {say(text('保存', 'Save'))}
        </button>
        <button type="button" onClick={onCancel}>
          {say(text('キャンセル', 'Cancel'))}
        </button>
      </div>
    </form>
  );
}
