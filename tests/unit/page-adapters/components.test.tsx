import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FillReportView } from '@/components/FillReportView';
import { RememberedFieldsSettings } from '@/components/RememberedFieldsSettings';
import { originPattern } from '@/components/ZendeskHostsSettings';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import { database } from '@/storage/db';

describe('FillReportView', () => {
  it('says a complete fill is ready for review and offers no clipboard', () => {
    render(
      <FillReportView
        report={{ complete: true, fields: [{ label: '件名', status: 'filled', required: true }] }}
        clipboard="本文"
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('すべての項目を入力し');
    expect(screen.getByText('件名').parentElement!.textContent).toContain('入力済み ✓');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says plainly which required field is missing and copies the text on request', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(
      <FillReportView
        report={{
          complete: false,
          fields: [
            { label: '本文', status: 'not-found', required: true },
            { label: '件名', status: 'differs', required: false, expected: '期待', actual: '実際' },
          ],
        }}
        clipboard="本文のテキスト"
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('必須項目が入力できていません: 本文');
    expect(screen.getByText('実際')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '本文をクリップボードにコピー' }));
    expect(writeText).toHaveBeenCalledWith('本文のテキスト');
    expect(await screen.findByText('コピーしました。ページの欄に貼り付けてください。')).toBeTruthy();
  });
});

describe('RememberedFieldsSettings', () => {
  it('lists remembered fields and forgets one', async () => {
    await (
      await database()
    ).pageFields.put({
      page: 'https://help.iij.ad.jp/inquiry/input',
      field: 'body',
      selector: 'textarea[name="f02"]',
      savedAt: '2026-11-21T00:00:00Z',
    });
    render(<RememberedFieldsSettings />);
    await userEvent.click(
      await screen.findByRole('button', { name: '記憶を削除: https://help.iij.ad.jp/inquiry/input 本文' }),
    );
    expect(await screen.findByText('記憶した入力欄はありません。')).toBeTruthy();
    expect(await (await database()).pageFields.count()).toBe(0);
  });
});

describe('originPattern', () => {
  const refusal = (input: string) => {
    const checked = originPattern(input);
    return 'error' in checked ? checked.error.ja : undefined;
  };

  it('turns a help-center address into its https origin pattern', () => {
    expect(originPattern('https://example.zendesk.com/hc/ja/requests/new')).toEqual({
      pattern: 'https://example.zendesk.com/*',
    });
    expect(originPattern(' help.example.co.jp ')).toEqual({ pattern: 'https://help.example.co.jp/*' });
  });

  it('refuses wildcards, shared suffixes, IP addresses and non-https addresses, saying why in Japanese', () => {
    for (const wildcard of ['*.co.jp', 'https://*.co.jp', 'https://*/*', 'https://*.zendesk.com', '*'])
      expect(refusal(wildcard)).toContain('ワイルドカード(*)は使えません');
    for (const broad of [
      'co.jp',
      'https://ne.jp',
      'https://127.0.0.1',
      'https://localhost',
      'https://jp',
      'https://user@help.example.jp',
    ])
      expect(refusal(broad)).toContain('ホスト名として正しくありません');
    expect(refusal('http://example.zendesk.com')).toContain('https で始まる');
    expect(refusal('not a url')).toBeDefined();
  });
});

describe('grantedHelpCenterOrigins', () => {
  it('lists only the help centers the user granted, not the manifest hosts, content-script matches or <all_urls>', () => {
    // What Chromium's permissions.getAll() answered in the test build after one grant.
    const origins = [
      '<all_urls>',
      'https://help.iij.ad.jp/*',
      'https://support.onelogin.jp/*',
      'https://support.onelogin.jp/hc/*/requests/new*',
      'https://example.zendesk.com/*',
      'http://insecure.example.jp/*',
    ];
    expect(grantedHelpCenterOrigins(origins)).toEqual(['https://example.zendesk.com/*']);
  });
});
