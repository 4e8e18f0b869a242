import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '@/storage/db';
import { applyImport, checkImport, MAX_IMPORT_BYTES, saveProfile, type ImportPlan } from '@/storage/profiles';
import { PROFILE_EXPORT_FORMAT } from '@/schemas/profile';
import type { Profile } from '@/schemas/profile';
import { fujitsuProfile, iijProfile } from '../storage/sample-profiles';

/**
 * Profile import against bad files and failing writes: every rejected file leaves the database
 * exactly as it was, and a write failing midway rolls the whole import back.
 */
const iij = iijProfile;
const fujitsu = fujitsuProfile;
const exportFile = (profiles: unknown) => JSON.stringify({ format: PROFILE_EXPORT_FORMAT, version: 1, profiles });
const snapshot = () => database().profiles.toArray();

let before: Profile[];
beforeEach(async () => {
  await saveProfile(iij);
  before = await snapshot();
});

async function rejected(fileText: string): Promise<string[]> {
  const check = await checkImport(fileText);
  if (check.ok) throw new Error('expected the file to be rejected');
  return check.errors;
}

describe('profile import: bad files are refused with a clear message and change nothing', () => {
  it('malformed JSON', async () => {
    for (const file of ['', '{', '{"format":', 'null,', '\u0000\u0000', '<html>not json</html>']) {
      expect(await rejected(file)).toEqual(['JSON として読めないファイルです']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('JSON of the wrong shape or wrong types, naming the entry and the field', async () => {
    expect((await rejected('{}')).join('\n')).toContain('エクスポートファイルではありません');
    for (const notAnObject of ['[]', 'null', '"profiles"', '42']) {
      expect(await rejected(notAnObject)).toEqual(['このファイルはプロファイルのエクスポートファイルではありません']);
    }
    expect(
      (await rejected(JSON.stringify({ format: PROFILE_EXPORT_FORMAT, version: 2, profiles: [] }))).join('\n'),
    ).toContain('対応していないファイルのバージョンです');
    expect(await rejected(exportFile('not a list'))).toEqual(['profiles の一覧がありません']);
    const errors = await rejected(
      exportFile([
        { ...iij, name: '数値のID', masterId: 1234567 },
        { ...fujitsu, name: '型違い', ccEmails: 'team@example.jp' },
        { ...fujitsu, id: 'x', vendor: 'unknown' },
      ]),
    );
    expect(errors.find((e) => e.startsWith('1件目「数値のID」'))).toContain('マスターID');
    expect(errors.find((e) => e.startsWith('2件目「型違い」'))).toBeDefined();
    expect(errors.find((e) => e.startsWith('3件目'))).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it('duplicate ids', async () => {
    const errors = await rejected(exportFile([fujitsu, { ...fujitsu, name: '富士通 保守 2' }]));
    expect(errors).toEqual(['2件目「富士通 保守 2」 · id: 同じ id が複数あります (p-fj)']);
    expect(await snapshot()).toEqual(before);
  });

  it('a 10 MB file, refused before it is parsed', async () => {
    const padding = 'あ'.repeat(10 * 1024 * 1024);
    expect(padding.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(await rejected(exportFile([{ ...fujitsu, name: padding }]))).toEqual(['ファイルが大きすぎます(1 MB まで)']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('profile import: the transaction is what keeps a failed write from leaving half an import', () => {
  // The existing profile is replaced first (an update), the new one is added second (a create that fails).
  async function planAndFailingCreate(): Promise<ImportPlan> {
    const check = await checkImport(exportFile([{ ...iij, name: '上書き' }, fujitsu]));
    if (!check.ok) throw new Error(check.errors.join('\n'));
    database().profiles.hook('creating', () => {
      throw new Error('disk full');
    });
    return check.plan;
  }

  it('applyImport: the failure rolls back the replacement too', async () => {
    const plan = await planAndFailingCreate();
    await expect(applyImport(plan)).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
  });

  it('control: the same plan written one profile at a time, without the transaction, is left half applied', async () => {
    const plan = await planAndFailingCreate();
    const writeOneByOne = async () => {
      for (const profile of plan.profiles) await database().profiles.put(profile);
    };
    await expect(writeOneByOne()).rejects.toThrow('disk full');
    expect((await snapshot()).map((p) => p.name)).toEqual(['上書き']);
  });
});
