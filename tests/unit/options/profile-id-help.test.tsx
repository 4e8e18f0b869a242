import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProfileEditor } from '@/components/profiles/ProfileEditor';
import { say, setLocale } from '@/schemas/i18n';
import { loadProfileSchema, type Profile } from '@/schemas/profile';
import { isIdField } from '@/schemas/profile-fields';
import { vendors, type VendorId } from '@/schemas/vendors';
import { listProfiles } from '@/storage/profiles';
import { fujitsuProfile, iijProfile } from '../storage/sample-profiles';

/** A field whose name says it is an identifier the vendor gave: it must say how to find it. */
const namesAnId = (label: { ja: string; en: string }) =>
  /ID|コード|番号/.test(label.ja) || /\b(ID|codes?|numbers?)\b/i.test(label.en);

const idFields = vendors.flatMap((vendor) =>
  vendor.profile.fields.filter(isIdField).map((field) => ({ vendor: vendor.id as VendorId, field })),
);

/** The field's own block in the editor: its label, input, hints and disclosure. */
const fieldBlock = (input: HTMLElement) => input.closest('.field') as HTMLElement;

describe('profile ID fields: example and where to find them', () => {
  it('every ID or code field of every vendor is declared as one, with an example and where to find it', () => {
    const named = vendors.flatMap((vendor) =>
      vendor.profile.fields.filter((field) => namesAnId(field.label)).map((field) => `${vendor.id}.${field.key}`),
    );
    // The check has something to check: today's vendors' IDs are found by their names.
    expect(named).toEqual(
      expect.arrayContaining([
        'iij.masterId',
        'iij.serviceCodes',
        'pentio.oneLoginAccountId',
        'fujitsu.serviceAdminId',
      ]),
    );
    // Declared as IDs (kind 'id' / 'idList'), so the type requires an example and where to find it.
    expect(idFields.map(({ vendor, field }) => `${vendor}.${field.key}`)).toEqual(expect.arrayContaining(named));
    for (const { field } of idFields)
      for (const locale of ['ja', 'en'] as const) {
        expect(field.example[locale].trim(), `${field.key} example (${locale})`).not.toBe('');
        expect(field.whereToFind[locale].length, `${field.key} whereToFind (${locale})`).toBeGreaterThan(40);
      }
  });

  it.each(vendors.map((vendor) => vendor.id))(
    'the %s editor shows each ID’s example, tied to its input, and 「どこで確認できますか?」 opens where to find it',
    async (vendor) => {
      render(<ProfileEditor vendor={vendor} onSaved={() => {}} onCancel={() => {}} />);
      const form = screen.getByRole('form', { name: '新しいプロファイル' });
      const own = idFields.filter((id) => id.vendor === vendor);
      expect(own.length).toBeGreaterThan(0);
      for (const { field } of own) {
        const input = within(form).getByLabelText(say(field.label));
        const example = within(fieldBlock(input)).getByText(say(field.example));
        expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(example.id);
        expect(input.getAttribute('placeholder')).toBe(say(field.example));

        const toggle = within(fieldBlock(input)).getByRole('button', {
          name: `どこで確認できますか? (${say(field.label)})`,
        });
        const where = within(fieldBlock(input)).getByText(say(field.whereToFind));
        expect(toggle.getAttribute('aria-controls')).toBe(where.id);
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(where.hidden).toBe(true);
        await userEvent.click(toggle);
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(where.hidden).toBe(false);
      }
    },
  );

  it('says where each vendor shows its ID in the seeds’ own words, and nothing the seeds do not say', () => {
    const where = (vendor: string, key: string) =>
      idFields.find((id) => id.vendor === vendor && id.field.key === key)!.field.whereToFind.ja;
    // Seed 004, 5.1: the recovery-period site's page, with its own sample ID.
    expect(where('fujitsu', 'serviceAdminId')).toContain('https://eservice.fujitsu.com/supportdesk-web/');
    expect(where('fujitsu', 'serviceAdminId')).toContain('「サービス責任者情報の参照・更新」');
    expect(where('fujitsu', 'serviceAdminId')).toContain('「お客様登録情報」');
    expect(where('fujitsu', 'serviceAdminId')).toContain('サービス管理者ID: 53175710');
    // Seeds 000/001: whose requests IIJ accepts, and where its inquiry contacts are listed.
    for (const key of ['masterId', 'serviceCodes']) {
      expect(where('iij', key)).toContain('運用管理担当者');
      expect(where('iij', key)).toContain(
        'IIJサービスオンライン(https://help.iij.ad.jp)の「マニュアル・ダウンロード」にある『IIJ IDサービス お客様窓口』',
      );
    }
    // Seed 002 does not mention the OneLogin Account ID: the help says so, and that it may stay empty.
    expect(where('pentio', 'oneLoginAccountId')).toContain('書かれていません');
    expect(where('pentio', 'oneLoginAccountId')).toContain('空欄');
    // No screen or document the seeds do not name (an earlier help named an IIJ contract notice).
    expect(where('iij', 'masterId')).not.toMatch(/契約通知|開始のお知らせ/);
    expect(where('pentio', 'oneLoginAccountId')).not.toMatch(/管理画面|設定画面|Settings/);
  });

  it('speaks English when the UI is English', async () => {
    setLocale('en');
    render(<ProfileEditor vendor="fujitsu" onSaved={() => {}} onCancel={() => {}} />);
    const input = screen.getByLabelText('Service admin ID (8 digits)');
    expect(input.getAttribute('placeholder')).toBe('e.g. 53175710');
    await userEvent.click(
      within(fieldBlock(input)).getByRole('button', { name: 'Where do I find this? (Service admin ID (8 digits))' }),
    );
    expect(within(fieldBlock(input)).getByText(/「お客様登録情報」/).hidden).toBe(false);
  });
});

describe('profile ID fields: full-width input', () => {
  it('is accepted and stored folded: service codes, master ID, OneLogin Account ID, service admin ID', async () => {
    const iij = (await loadProfileSchema()).parse({
      ...iijProfile,
      masterId: 'ＩＩＪ１２３４５６７',
      serviceCodes: ['ＩＩＤ００００１', 'ＡＢＣ－１２３', 'ＡＢＣー１２３'],
    });
    expect(iij.vendor === 'iij' && [iij.masterId, iij.serviceCodes]).toEqual([
      'IIJ1234567',
      ['IID00001', 'ABC-123', 'ABC-123'],
    ]);
    const pentio = (await loadProfileSchema()).parse({
      id: 'p-pentio',
      vendor: 'pentio',
      name: 'OneLogin',
      accountType: 'personal',
      oneLoginAccountId: '１２３４５６',
    });
    expect(pentio.vendor === 'pentio' && pentio.oneLoginAccountId).toBe('123456');
    const fujitsu = (await loadProfileSchema()).parse({ ...fujitsuProfile, serviceAdminId: '５３１７５７１０' });
    expect(fujitsu.vendor === 'fujitsu' && fujitsu.serviceAdminId).toBe('53175710');
  });

  it('still refuses what is not an ID once folded, in Japanese', async () => {
    const result = (await loadProfileSchema()).safeParse({ ...iijProfile, serviceCodes: ['ＩＩＤ　０１'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'サービスコードは半角英数字で入力してください',
    ]);
  });

  it('typed full-width in the editor, shows folded on leaving the field and is saved folded', async () => {
    let saved: Profile | undefined;
    render(<ProfileEditor vendor="iij" onSaved={(profile) => (saved = profile)} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '新しいプロファイル' });
    await userEvent.type(within(form).getByLabelText('プロファイル名'), '本社 IIJ');
    const masterId = within(form).getByLabelText('マスターID');
    await userEvent.type(masterId, 'ＩＩＪ１２３４５６７');
    await userEvent.type(within(form).getByLabelText('ご依頼者様氏名(運用管理担当者)'), '山田 太郎');
    const codes = within(form).getByLabelText('サービスコード');
    await userEvent.type(codes, 'ＩＩＤ００００１{Enter}ＡＢＣ－１２３');
    expect((masterId as HTMLInputElement).value).toBe('IIJ1234567');
    await userEvent.type(within(form).getByLabelText('ご依頼者様メールアドレス'), 'yamada@example.jp');
    expect((codes as HTMLTextAreaElement).value).toBe('IID00001\nABC-123');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).queryAllByRole('alert')).toEqual([]);
    await expect
      .poll(() => saved?.vendor === 'iij' && [saved.masterId, saved.serviceCodes])
      .toEqual(['IIJ1234567', ['IID00001', 'ABC-123']]);
    const [stored] = await listProfiles();
    expect(stored?.vendor === 'iij' && stored.serviceCodes).toEqual(['IID00001', 'ABC-123']);
  });
});
