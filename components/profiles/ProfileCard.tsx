import { say, text } from '@/schemas/i18n';
import type { ListedProfile } from '@/schemas/profile';
import { profileFieldsOf } from '@/schemas/profile-fields';

interface Props {
  profile: ListedProfile;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): void;
  onMakeDefault(): void;
}

export function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value === 'shared') return say(text('共有アカウント(グループアドレスなど)', 'Shared (group) account'));
  if (value === 'personal') return say(text('個人アカウント', 'Personal account'));
  return value == null ? '' : String(value);
}

/** One profile, read-only when the organization pushed it. */
export function ProfileCard({ profile, onEdit, onDuplicate, onDelete, onMakeDefault }: Props) {
  const values = profile as unknown as Record<string, unknown>;
  return (
    <li className="profile-card" aria-label={profile.name}>
      <h3>
        {profile.name}
        {profile.isDefault && <span className="badge">{say(text('既定', 'Default'))}</span>}
        {profile.managed && (
          <span className="badge">{say(text('組織の設定(読み取り専用)', 'Organization (read-only)'))}</span>
        )}
      </h3>
      <dl>
        {profileFieldsOf(profile.vendor).map((field) =>
          displayValue(values[field.key]) ? (
            <div key={field.key} style={{ display: 'contents' }}>
              <dt>{say(field.label)}</dt>
              <dd>{displayValue(values[field.key])}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <div className="row">
        {!profile.managed && (
          <>
            <button type="button" onClick={onEdit}>
              {say(text('編集', 'Edit'))}
            </button>
            {!profile.isDefault && (
              <button type="button" onClick={onMakeDefault}>
                {say(text('既定にする', 'Make default'))}
              </button>
            )}
          </>
        )}
        <button type="button" onClick={onDuplicate}>
          {say(text('複製', 'Duplicate'))}
        </button>
        {!profile.managed && (
          <button type="button" className="danger" onClick={onDelete}>
            {say(text('削除', 'Delete'))}
          </button>
        )}
      </div>
    </li>
  );
}
