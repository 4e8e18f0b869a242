import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataSettings } from '@/components/DataSettings';
import { say } from '@/schemas/i18n';
import { formById } from '@/schemas/index';
import { database } from '@/storage/db';
import { listDrafts, saveDraft } from '@/storage/drafts';
import { addHistory, listHistory, removeExpiredHistory } from '@/storage/history';
import { saveProfile } from '@/storage/profiles';
import { getSetting, setSetting } from '@/storage/settings';

const draft = (formId: string) => ({ formId, incidentId: 'inc-1', values: { subject: '件名' }, captureIds: [] });

describe('options: stored data', () => {
  it('lists the drafts and deletes one only after confirming', async () => {
    await saveDraft(draft('iij-login-inquiry'));
    await saveDraft(draft('pentio-request'));
    const user = userEvent.setup();
    render(<DataSettings />);
    const list = await screen.findByRole('list');
    const titles = within(list)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('strong')?.textContent);
    expect(titles.sort()).toEqual(['iij-login-inquiry', 'pentio-request'].map((id) => say(formById(id)!.title)).sort());
    await user.click(screen.getByRole('button', { name: /^「ペンティオ.*」の下書きを削除…$/ }));
    expect(await listDrafts()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '削除する' }));
    await screen.findByText((_, node) => node?.tagName === 'STRONG' && /IIJ/.test(node.textContent ?? ''));
    expect((await listDrafts()).map((d) => d.formId)).toEqual(['iij-login-inquiry']);
  });

  it('deletes every table after the user confirms, and keeps everything when cancelled', async () => {
    await saveProfile({
      id: 'p1',
      vendor: 'fujitsu',
      name: '富士通',
      serviceAdminId: '12345678',
      registeredEmail: 'a@example.jp',
      supportDeskEmail: 'sd@example.jp',
    });
    await saveDraft(draft('iij-login-inquiry'));
    await addHistory({ formId: 'iij-login-inquiry', action: 'copy', text: '本文' });
    await setSetting('capture.stamp', false);
    const user = userEvent.setup();
    render(<DataSettings />);

    await user.click(await screen.findByRole('button', { name: 'すべてのデータを削除…' }));
    await user.click(screen.getByRole('button', { name: 'やめる' }));
    expect(await (await database()).profiles.count()).toBe(1);

    await user.click(screen.getByRole('button', { name: 'すべてのデータを削除…' }));
    expect(screen.getByText(/元に戻せません/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'すべて削除する' }));
    await screen.findByText('すべてのデータを削除しました');
    const counts = await Promise.all((await database()).tables.map((table) => table.count()));
    expect(counts.every((count) => count === 0)).toBe(true);
    expect(await getSetting('capture.stamp')).toBe(true);
  });

  it('keeps history for the chosen number of days, refusing bad input in Japanese', async () => {
    const now = Date.now();
    const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString();
    await addHistory({ formId: 'iij-login-inquiry', action: 'copy', text: '古い', at: daysAgo(40) });
    await addHistory({ formId: 'iij-login-inquiry', action: 'copy', text: '新しい', at: daysAgo(2) });
    expect(await getSetting('history.retentionDays')).toBe(90);
    expect(await removeExpiredHistory()).toBe(0);

    const user = userEvent.setup();
    render(<DataSettings />);
    const days = await screen.findByLabelText('履歴の保存期間(日)');
    await waitFor(() => expect(days).toHaveProperty('value', '90'));
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('保存期間は1日以上にしてください');
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('保存しました(古い履歴 1 件を削除)');
    expect((await listHistory()).map((row) => row.text)).toEqual(['新しい']);
  });
});
