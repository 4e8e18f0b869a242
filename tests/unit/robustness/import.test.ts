import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '@/storage/db';
import { applyImport, checkImport, exportProfiles, MAX_IMPORT_BYTES, type ImportPlan } from '@/storage/profile-files';
import { saveProfile } from '@/storage/profiles';
import { loadProfileSchema, PROFILE_EXPORT_FORMAT } from '@/schemas/profile';
import type { Profile } from '@/schemas/profile';
import { fujitsuProfile, iijProfile } from '../storage/sample-profiles';

/**
 * Profile import against bad files and failing writes: every rejected file leaves the database
 * exactly as it was, and a write failing midway rolls the whole import back.
 */
const iij = iijProfile;
const fujitsu = fujitsuProfile;
const exportFile = (profiles: unknown) => JSON.stringify({ format: PROFILE_EXPORT_FORMAT, version: 1, profiles });
const snapshot = async () => (await database()).profiles.toArray();

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
    // zod's own messages for wrong types arrive in Japanese too, with the field's label.
    const wrongType = errors.find((e) => e.startsWith('2件目「型違い」'));
    expect(wrongType).toMatch(/CC.*: .*(配列|array).*/);
    expect(wrongType).not.toMatch(/Invalid input|expected/);
    expect(errors.find((e) => e.startsWith('3件目'))).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it('duplicate ids', async () => {
    const errors = await rejected(exportFile([fujitsu, { ...fujitsu, name: '富士通 保守 2' }]));
    expect(errors).toEqual(['2件目「富士通 保守 2」 · id: 同じ id が複数あります (p-fj)']);
    expect(await snapshot()).toEqual(before);
  });

  it('a file over the limit in bytes (not characters), refused before it is parsed', async () => {
    // 6 M Japanese characters: 18 MiB of UTF-8, though fewer characters than the limit's bytes.
    const padding = 'あ'.repeat(6 * 1024 * 1024);
    expect(padding.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(await rejected(exportFile([{ ...fujitsu, name: padding }]))).toEqual([
      'ファイルが大きすぎます(18.0 MB。16.0 MB まで)',
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('unsafe characters and invisible names, naming the entry, the field, the character and where', async () => {
    const errors = await rejected(
      exportFile([
        { ...iij, requesterName: '山田\uD800太郎' },
        { ...fujitsu, name: '\u200B\u202E\u200D' },
        { ...fujitsu, id: 'p-fj-2', name: 'NUL 入り', serviceAdminId: '531\u000075710' },
      ]),
    );
    expect(errors.join('\n')).toContain(
      '1件目「本社 IIJ」 · ご依頼者様氏名(運用管理担当者): 使えない文字(U+D800、対になっていないサロゲート)が 3 文字目にあります。削除してください。',
    );
    expect(errors.join('\n')).toMatch(/2件目.*プロファイル名には目に見える文字を入れてください/);
    expect(errors.join('\n')).toMatch(/3件目「NUL 入り」.*U\+0000、制御文字\)が 4 文字目/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('profile import: the extension’s own export comes back whole', () => {
  it('10,000 profiles exported and imported again', async () => {
    const profileSchema = await loadProfileSchema();
    const profiles = Array.from({ length: 10_000 }, (_, i) =>
      profileSchema.parse({
        ...iij,
        id: `p-${i}`,
        name: `拠点 ${i} IIJ`,
        requesterName: `担当者 ${i}`,
        isDefault: i === 0,
      }),
    );
    const file = exportProfiles(profiles);
    expect(new TextEncoder().encode(file).length).toBeGreaterThan(1_000_000);
    const check = await checkImport(file);
    if (!check.ok) throw new Error(check.errors.slice(0, 3).join('\n'));
    await applyImport(check.plan);
    expect(await (await database()).profiles.count()).toBe(10_001);
    expect(await (await database()).profiles.get('p-9999')).toEqual(profiles[9999]);
  });
});

describe('profile import: the transaction is what keeps a failed write from leaving half an import', () => {
  // The existing profile is replaced first (an update), the new one is added second (a create that fails).
  async function planAndFailingCreate(): Promise<ImportPlan> {
    const check = await checkImport(exportFile([{ ...iij, name: '上書き' }, fujitsu]));
    if (!check.ok) throw new Error(check.errors.join('\n'));
    (await database()).profiles.hook('creating', () => {
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
      for (const profile of plan.profiles) await (await database()).profiles.put(profile);
    };
    await expect(writeOneByOne()).rejects.toThrow('disk full');
    expect((await snapshot()).map((p) => p.name)).toEqual(['上書き']);
  });
});
