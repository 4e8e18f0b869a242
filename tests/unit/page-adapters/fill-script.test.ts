import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startFillScript, type Adapter } from '@/page-adapters/fill-script';
import type { IijPlan } from '@/schemas/fill';

const plan: IijPlan = { adapter: 'iij', subject: '件名', body: '本文', files: [], rememberedFields: {} };
const fromBackground = { id: fakeBrowser.runtime.id };
// Answers are the listener's returned promise; sendResponse is not used.
const noResponse = () => undefined;

describe('fill script', () => {
  const apply = vi.fn<Adapter['apply']>(async () => ({ kind: 'report', report: { complete: true, fields: [] } }));
  beforeEach(() => {
    apply.mockClear();
    fakeBrowser.i18n.getUILanguage = () => 'ja';
    // A fresh page (setup resets the fake browser's listeners): forget the earlier injection.
    Reflect.deleteProperty(globalThis, Symbol.for('support-ticket-helper.fill-script.iij'));
    startFillScript({ id: 'iij', apply });
  });

  const send = (origin: string) =>
    fakeBrowser.runtime.onMessage.trigger(
      { type: 'fill/apply', plan, overwrite: false, origin },
      fromBackground,
      noResponse,
    );

  it('fills the page the background judged', async () => {
    const [answer] = await send(location.origin);
    expect(apply).toHaveBeenCalledOnce();
    expect(answer).toMatchObject({ kind: 'report', report: { complete: true } });
  });

  it('fills nothing when the tab moved to another origin between the check and the message', async () => {
    const [answer] = await send('https://help.iij.ad.jp');
    expect(location.origin).not.toBe('https://help.iij.ad.jp');
    expect(apply).not.toHaveBeenCalled();
    expect(answer).toEqual({
      kind: 'report',
      report: { complete: false, fields: [] },
      notice: expect.stringContaining('別のページへ移りました'),
    });
  });

  it('answers nothing to a message that names no origin', async () => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'fill/apply', plan, overwrite: false },
      fromBackground,
      noResponse,
    );
    expect(answers.filter((a) => a !== undefined)).toEqual([]);
    expect(apply).not.toHaveBeenCalled();
  });
});
