import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryList } from '@/components/HistoryList';
import { addHistory, listHistory } from '@/storage/history';

describe('HistoryList', () => {
  it('shows what was sent where and when (JST), and deletes one row or all, each after confirming', async () => {
    await addHistory({
      formId: 'pentio-request',
      action: 'copy',
      targetUrl: 'https://127.0.0.1/error',
      subject: 'SSO でログインできない',
      text: '【お問い合わせの種類】\nトラブルシュート',
      at: '2026-11-21T06:04:00.000Z',
    });
    await addHistory({
      formId: 'fujitsu-empty-mail',
      action: 'mailto',
      status: 'sent',
      text: '',
      recipients: ['supportdesk@example.com'],
      at: '2026-11-21T07:00:00.000Z',
    });
    const user = userEvent.setup();
    render(<HistoryList />);

    const rows = await screen.findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const pentio = within(rows[1]!);
    expect(pentio.getByText('ペンティオ 技術サポートリクエスト (OneLogin)')).toBeTruthy();
    expect(pentio.getByText('コピー')).toBeTruthy();
    expect(pentio.getByText('2026年11月21日(土) 15:04')).toBeTruthy();
    expect(pentio.getByText('https://127.0.0.1/error')).toBeTruthy();
    expect(pentio.getByText(/トラブルシュート/).textContent).toBe('【お問い合わせの種類】\nトラブルシュート');
    expect(within(rows[0]!).getByText('supportdesk@example.com')).toBeTruthy();
    // The answer to 「送信しましたか?」 stays with the row.
    expect(within(rows[0]!).getByText('送信済み')).toBeTruthy();
    expect(pentio.queryByText('送信済み')).toBeNull();

    await user.click(pentio.getByRole('button', { name: /^削除: ペンティオ/ }));
    // Nothing is deleted before the user confirms.
    expect(await listHistory()).toHaveLength(2);
    await user.click(pentio.getByRole('button', { name: '削除する' }));
    await screen.findByText('メール作成');
    expect(screen.queryByText('コピー')).toBeNull();
    expect((await listHistory()).map((r) => r.formId)).toEqual(['fujitsu-empty-mail']);

    await user.click(screen.getByRole('button', { name: '履歴をすべて削除…' }));
    await user.click(screen.getByRole('button', { name: 'すべて削除' }));
    await screen.findByText('履歴はまだありません');
    expect(await listHistory()).toEqual([]);
  });
});
