import { describe, expect, it } from 'vitest';
import { addHistory, clearHistory, deleteHistory, listHistory } from '@/storage/history';

describe('history', () => {
  it('lists what was copied or filled, newest first, and deletes one or all', async () => {
    const first = await addHistory({
      formId: 'iij-login-inquiry',
      action: 'copy',
      targetUrl: 'https://help.iij.ad.jp/',
      subject: 'ログイン',
      text: '本文1',
      at: '2026-11-21T06:00:00.000Z',
    });
    await addHistory({
      formId: 'pentio-request',
      action: 'fill',
      text: '本文2',
      recipients: ['a@example.jp'],
      at: '2026-11-21T07:00:00.000Z',
    });
    expect((await listHistory()).map((r) => [r.formId, r.action, r.text])).toEqual([
      ['pentio-request', 'fill', '本文2'],
      ['iij-login-inquiry', 'copy', '本文1'],
    ]);
    await deleteHistory(first);
    expect((await listHistory()).map((r) => r.text)).toEqual(['本文2']);
    await clearHistory();
    expect(await listHistory()).toEqual([]);
  });

  it('stamps the time when none is given', async () => {
    await addHistory({ formId: 'pentio-request', action: 'copy', text: 'x' });
    expect(Date.parse((await listHistory())[0]!.at)).not.toBeNaN();
  });
});
