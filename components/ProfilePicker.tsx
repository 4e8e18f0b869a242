import { useId } from 'react';
import { browser } from 'wxt/browser';
import { say, text } from '@/schemas/i18n';
import type { ListedProfile } from '@/schemas/profile';

/** Picks the profile a form is prefilled from; without one, points to the options page. */
export function ProfilePicker({
  profiles,
  selectedId,
  onChange,
}: {
  profiles: ListedProfile[];
  selectedId?: string;
  onChange: (id: string | undefined) => void;
}) {
  const id = useId();
  if (profiles.length === 0) {
    return (
      <p className="muted">
        {say(text('このベンダーのプロファイルがありません。', 'No profile for this vendor yet.'))}{' '}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {say(text('設定でプロファイルを作る', 'Create one in settings'))}
        </button>
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{say(text('プロファイル', 'Profile'))}</label>
      <select id={id} value={selectedId ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{say(text('使わない', 'None'))}</option>
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
            {profile.managed ? say(text('(組織の設定)', ' (managed)')) : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
