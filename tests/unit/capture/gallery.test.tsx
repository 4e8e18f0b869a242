import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureFileName } from '@/capture/image';
import { CaptureGallery } from '@/components/CaptureGallery';
import { CaptureSettings } from '@/components/CaptureSettings';
import { listCaptures, saveCapture } from '@/storage/captures';
import { getSetting } from '@/storage/settings';
import { captureRow } from './rows';

const recent = () => new Date(Date.now() - 60 * 60 * 1000).toISOString();

describe('capture gallery', () => {
  beforeEach(() => {
    // fake-indexeddb hands stored Blobs back as plain objects, which happy-dom cannot turn into URLs.
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumbnail');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
  });

  it('names downloads after the JST minute of the capture', () => {
    expect(captureFileName({ createdAt: '2026-11-21T05:35:59.000Z', mimeType: 'image/png' })).toBe(
      'screenshot-20261121-1435.png',
    );
    expect(captureFileName({ createdAt: '2026-11-21T05:35:59.000Z', mimeType: 'image/jpeg' })).toBe(
      'screenshot-20261121-1435.jpg',
    );
  });

  it('lists captures with thumbnail, size and selected text, and attaches one to the current draft', async () => {
    await saveCapture(
      captureRow('error-page', recent(), {
        title: 'ログインエラー',
        bytes: 58_103,
        width: 1280,
        height: 964,
        selectionText: 'AADSTS50105',
      }),
    );
    const onAttach = vi.fn();
    render(<CaptureGallery attachedIds={[]} onAttach={onAttach} />);
    const item = await screen.findByRole('listitem', { name: /ログインエラー/ });
    expect((await within(item).findByRole('img', { name: 'ログインエラー の画面' })).getAttribute('src')).toBe(
      'blob:thumbnail',
    );
    expect(item.textContent).toContain('57 KB · 1280×964');
    expect(item.textContent).toContain('AADSTS50105');
    expect(item.textContent).toContain('この下書きには未添付');
    await userEvent.click(within(item).getByRole('button', { name: 'この下書きに添付' }));
    expect(onAttach).toHaveBeenCalledWith('error-page');
  });

  it('deletes all captures only after confirmation', async () => {
    await saveCapture(captureRow('a', recent()));
    await saveCapture(captureRow('b', recent()));
    render(<CaptureGallery />);
    await userEvent.click(await screen.findByRole('button', { name: 'すべて削除' }));
    const confirm = screen.getByRole('alertdialog', { name: 'すべて削除の確認' });
    expect(confirm.textContent).toContain('キャプチャ 2 件をすべて削除します');
    await userEvent.click(within(confirm).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText(/キャプチャはまだありません/)).toBeTruthy();
    expect(await listCaptures()).toEqual([]);
  });

  it('removes captures past the retention period when it opens', async () => {
    await saveCapture(captureRow('ancient', '2020-01-01T00:00:00.000Z', { title: '古い画面' }));
    await saveCapture(captureRow('fresh', recent(), { title: '新しい画面' }));
    render(<CaptureGallery />);
    await screen.findByRole('listitem', { name: /新しい画面/ });
    await waitFor(async () => expect((await listCaptures()).map((c) => c.id)).toEqual(['fresh']));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /古い画面/ })).toBeNull());
  });
});

describe('capture settings', () => {
  it('turns the stamp off and rejects a retention period of 0 days in Japanese', async () => {
    render(<CaptureSettings />);
    await userEvent.click(await screen.findByRole('checkbox', { name: '画像に URL と日時(日本時間)を入れる' }));
    await waitFor(async () => expect(await getSetting('capture.stamp')).toBe(false));
    const days = screen.getByRole('spinbutton', { name: '保存期間(日)' });
    await userEvent.clear(days);
    await userEvent.type(days, '0');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('保存期間は1日以上にしてください')).toBeTruthy();
    expect(days.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(days);
    await userEvent.type(days, '7');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect(await getSetting('capture.retentionDays')).toBe(7));
  });
});
