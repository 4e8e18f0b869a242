import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesSection } from '@/components/profiles/ProfilesSection';
import { listProfiles } from '@/storage/profiles';

const orgIij = {
  vendor: 'iij',
  name: '全社標準 IIJ',
  masterId: 'IIJ0000001',
  requesterName: '情報システム部',
  serviceCodes: ['iid00000001'],
  requesterEmail: 'it@example.co.jp',
  isDefault: true,
};

describe('ProfilesSection', () => {
  it("shows organization profiles read-only beside the user's own and skips invalid policy entries", async () => {
    await fakeBrowser.storage.managed.set({
      profiles: [orgIij, { vendor: 'fujitsu', name: '壊れた設定', serviceAdminId: '12' }],
    });
    render(<ProfilesSection />);
    const card = await screen.findByRole('listitem', { name: '全社標準 IIJ' });
    expect(within(card).getByText('組織の設定(読み取り専用)')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: '編集' })).toBeNull();
    expect(within(card).queryByRole('button', { name: '削除' })).toBeNull();
    expect(screen.queryByText('壊れた設定')).toBeNull();

    // An organization profile can be copied into an editable one of the user's own.
    await userEvent.click(within(card).getByRole('button', { name: '複製' }));
    const copy = await screen.findByRole('listitem', { name: '全社標準 IIJ のコピー' });
    expect(within(copy).getByRole('button', { name: '編集' })).toBeTruthy();
    expect((await listProfiles()).map((p) => [p.name, p.isDefault])).toEqual([['全社標準 IIJ のコピー', false]]);
  });

  it('shows each field error in Japanese next to the field and saves nothing', async () => {
    render(<ProfilesSection />);
    await userEvent.click(await screen.findByRole('button', { name: '富士通 SupportDesk のプロファイルを追加' }));
    const form = screen.getByRole('form', { name: '新しいプロファイル' });
    await userEvent.type(within(form).getByLabelText('サービス管理者ID(8桁)'), '1234');
    await userEvent.type(within(form).getByLabelText('登録済み利用者のメールアドレス'), 'yamada@');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    const id = within(form).getByLabelText('サービス管理者ID(8桁)');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(form)
        .getAllByRole('alert')
        .map((a) => a.textContent),
    ).toEqual([
      'プロファイル名を入力してください',
      'サービス管理者IDは8桁の数字です',
      'メールアドレス形式(例:iij-taro@example.jp)で入力してください',
      'メールアドレスを入力してください',
    ]);
    expect(await listProfiles()).toEqual([]);
  });
});
