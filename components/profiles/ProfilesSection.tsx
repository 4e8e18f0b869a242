import { useEffect, useState } from 'react';
import { useLive } from '@/storage/live';
import { say, text } from '@/schemas/i18n';
import type { ListedProfile, Profile } from '@/schemas/profile';
import { vendors, type VendorId } from '@/schemas/vendors';
import { deleteProfile, duplicateProfile, listManagedProfiles, restoreProfile, saveProfile } from '@/storage/profiles';
import { ProfileCard } from './ProfileCard';
import { ProfileEditor } from './ProfileEditor';
import { ImportExport } from './ImportExport';

type Editing = { mode: 'new'; vendor: VendorId } | { mode: 'edit'; profile: Profile };

/** Lists the organization's and the user's profiles per vendor, with create/edit/duplicate/delete. */
export function ProfilesSection() {
  const own = useLive((db) => db.profiles.orderBy('name').toArray(), []);
  const [managed, setManaged] = useState<ListedProfile[]>([]);
  const [editing, setEditing] = useState<Editing>();
  const [undo, setUndo] = useState<Profile>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    void listManagedProfiles().then(setManaged);
  }, []);

  async function remove(profile: Profile) {
    const deleted = await deleteProfile(profile.id);
    setUndo(deleted);
    setStatus(say(text(`「${profile.name}」を削除しました`, `Deleted "${profile.name}"`)));
  }

  async function undoDelete() {
    if (!undo) return;
    await restoreProfile(undo);
    setStatus(say(text(`「${undo.name}」を元に戻しました`, `Restored "${undo.name}"`)));
    setUndo(undefined);
  }

  async function makeDefault(profile: Profile) {
    await saveProfile({ ...profile, isDefault: true });
  }

  return (
    <section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">{say(text('プロファイル', 'Profiles'))}</h2>
      <p className="muted">
        {say(
          text(
            '毎回ベンダーに伝える情報(マスターID、サービスコード、CC など)を保存しておきます。',
            'What each vendor asks for every time (master ID, service codes, CC, ...), saved once.',
          ),
        )}
      </p>
      <div role="status" aria-live="polite" className="row">
        {status && <span>{status}</span>}
        {undo && (
          <button type="button" onClick={undoDelete}>
            {say(text('元に戻す', 'Undo'))}
          </button>
        )}
      </div>
      {vendors.map(({ id: vendor, name }) => {
        const listed: ListedProfile[] = [
          ...managed.filter((p) => p.vendor === vendor),
          ...(own ?? []).filter((p) => p.vendor === vendor),
        ];
        return (
          <div key={vendor}>
            <h3>{say(name)}</h3>
            {listed.length === 0 && <p className="muted">{say(text('まだありません', 'None yet'))}</p>}
            <ul className="profile-list">
              {listed.map((profile) =>
                editing?.mode === 'edit' && editing.profile.id === profile.id ? (
                  <li key={profile.id}>
                    <ProfileEditor
                      vendor={vendor}
                      initial={profile}
                      onSaved={() => setEditing(undefined)}
                      onCancel={() => setEditing(undefined)}
                    />
                  </li>
                ) : (
                  <ProfileCard
                    key={profile.id}
                    profile={profile}
                    onEdit={() => setEditing({ mode: 'edit', profile })}
                    onDuplicate={() => void duplicateProfile(profile)}
                    onDelete={() => void remove(profile)}
                    onMakeDefault={() => void makeDefault(profile)}
                  />
                ),
              )}
            </ul>
            {editing?.mode === 'new' && editing.vendor === vendor ? (
              <ProfileEditor
                vendor={vendor}
                onSaved={() => setEditing(undefined)}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <button type="button" onClick={() => setEditing({ mode: 'new', vendor })}>
                {say(text(`${name.ja} のプロファイルを追加`, `Add a ${name.en} profile`))}
              </button>
            )}
          </div>
        );
      })}
      <ImportExport profiles={own ?? []} />
    </section>
  );
}
