import { describe, expect, it } from 'vitest';
import { database } from '@/storage/db';
import { applyImport, checkImport, exportProfiles } from '@/storage/profile-files';
import { deleteProfile, duplicateProfile, listProfiles, restoreProfile, saveProfile } from '@/storage/profiles';
import { setLocale } from '@/schemas/i18n';
import { fujitsuProfile, iijProfile } from './sample-profiles';

const iij = iijProfile;
const fujitsu = fujitsuProfile;

describe('profiles', () => {
  it('saves a valid profile and rejects an 8-digit rule violation in Japanese', async () => {
    await saveProfile(iij);
    await expect(saveProfile({ ...fujitsu, serviceAdminId: '1234567' })).rejects.toThrow(
      'サービス管理者IDは8桁の数字です',
    );
    expect((await listProfiles()).map((p) => p.name)).toEqual(['本社 IIJ']);
  });

  it('answers in English when the UI is English', async () => {
    setLocale('en');
    await expect(saveProfile({ ...iij, requesterEmail: 'yamada' })).rejects.toThrow('Enter a full mail address');
  });

  it('requires a personal CC address for a shared Pentio login', async () => {
    await expect(saveProfile({ id: 'p1', vendor: 'pentio', name: 'OneLogin', accountType: 'shared' })).rejects.toThrow(
      '個人のメールアドレスが必須',
    );
    await saveProfile({ id: 'p1', vendor: 'pentio', name: 'OneLogin', accountType: 'personal' });
    expect(await listProfiles()).toHaveLength(1);
  });

  it('keeps one default per vendor', async () => {
    await saveProfile(iij);
    await saveProfile({ ...iij, id: 'p-iij-2', name: '支社 IIJ', isDefault: true });
    const defaults = (await listProfiles()).filter((p) => p.isDefault).map((p) => p.id);
    expect(defaults).toEqual(['p-iij-2']);
  });

  it('duplicates as a non-default copy and restores a deleted profile', async () => {
    await saveProfile(iij);
    const [original] = await listProfiles();
    const copy = await duplicateProfile(original!);
    expect(copy).toMatchObject({ name: '本社 IIJ のコピー', isDefault: false, masterId: 'IIJ1234567' });
    const deleted = await deleteProfile('p-iij');
    expect((await listProfiles()).map((p) => p.id)).toEqual([copy!.id]);
    await restoreProfile(deleted!);
    expect(await listProfiles()).toHaveLength(2);
  });
});

describe('import and export', () => {
  it('round-trips an export and shows what will be added or replaced', async () => {
    await saveProfile(iij);
    const file = exportProfiles(await listProfiles());
    const changed = JSON.parse(file);
    changed.profiles[0].requesterName = '鈴木 花子';
    changed.profiles.push(fujitsu);
    const check = await checkImport(JSON.stringify(changed));
    if (!check.ok) throw new Error(check.errors.join('\n'));
    expect(check.plan.added.map((p) => p.id)).toEqual(['p-fj']);
    expect(
      check.plan.replaced.map((r) => [(r.before as typeof iij).requesterName, (r.after as typeof iij).requesterName]),
    ).toEqual([['山田 太郎', '鈴木 花子']]);
    await applyImport(check.plan);
    expect((await listProfiles()).map((p) => p.name).sort()).toEqual(['富士通 保守', '本社 IIJ']);
  });

  it('names the entry and field that is wrong and changes nothing', async () => {
    await saveProfile(iij);
    const before = await (await database()).profiles.toArray();
    const file = JSON.stringify({
      format: 'support-ticket-helper/profiles',
      version: 1,
      profiles: [fujitsu, { ...fujitsu, id: 'x', name: '壊れた', serviceAdminId: 'abc' }],
    });
    const check = await checkImport(file);
    expect(check).toEqual({
      ok: false,
      errors: ['2件目「壊れた」 · サービス管理者ID(8桁): サービス管理者IDは8桁の数字です'],
    });
    expect(await (await database()).profiles.toArray()).toEqual(before);
  });

  it('rejects malformed JSON, a foreign file and duplicate ids', async () => {
    expect(await checkImport('{"format":')).toEqual({ ok: false, errors: ['JSON として読めないファイルです'] });
    expect(await checkImport('{"hello":1}')).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.stringContaining('エクスポートファイルではありません')]),
    });
    const dup = await checkImport(
      JSON.stringify({ format: 'support-ticket-helper/profiles', version: 1, profiles: [fujitsu, fujitsu] }),
    );
    expect(dup).toMatchObject({ ok: false, errors: [expect.stringContaining('同じ id が複数あります')] });
  });

  it('rolls back the whole import when a write fails midway', async () => {
    await saveProfile(iij);
    const check = await checkImport(
      JSON.stringify({
        format: 'support-ticket-helper/profiles',
        version: 1,
        profiles: [{ ...iij, name: '上書き' }, fujitsu],
      }),
    );
    if (!check.ok) throw new Error('expected a valid file');
    const db = await database();
    // A write failing inside the transaction (quota, a crash) must leave the old profiles.
    db.profiles.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(applyImport(check.plan)).rejects.toThrow('disk full');
    expect((await listProfiles()).map((p) => p.name)).toEqual(['本社 IIJ']);
  });
});
