import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFill } from '@/entrypoints/background/fill';
import { dispatch } from '@/entrypoints/background/router';
import type { FillPlan } from '@/schemas/fill';
import { database } from '@/storage/db';

/**
 * The background's part of a fill: the page the user clicked in rendered the plan; the
 * background fills only the top frame of a tab the form's channel accepts, with a plan of that
 * channel's adapter, for its own pages — and the panel only its own tab.
 */
const PENTIO_PAGE = 'https://support.onelogin.jp/hc/ja/requests/new';
const IIJ_PAGE = 'https://help.iij.ad.jp/inquiry/input';
const zendeskPlan: FillPlan = {
  adapter: 'zendesk',
  subject: 'Boxにログインできない',
  description: '本文です',
  cc: [],
  dropdowns: [],
  files: [],
};
const iijPlan: FillPlan = { adapter: 'iij', subject: '件名', body: '本文', files: [], rememberedFields: {} };
const filled = { kind: 'report', report: { complete: true, fields: [] }, notice: undefined };

const ownId = () => fakeBrowser.runtime.id;
const popup = () => ({ id: ownId(), url: fakeBrowser.runtime.getURL('/popup.html') });
const panelIn = (tab: { id: number; url: string }) => ({
  id: ownId(),
  url: fakeBrowser.runtime.getURL('/fill-panel.html' as '/popup.html'),
  frameId: 3,
  tab: tab as never,
});
const contentScript = (tab: { id: number; url: string }) => ({
  id: ownId(),
  url: tab.url,
  frameId: 0,
  tab: tab as never,
});

let tabs: Record<number, string>;
const executeScript = vi.fn();
const sendMessage = vi.fn();

beforeEach(() => {
  tabs = {
    7: PENTIO_PAGE,
    8: IIJ_PAGE,
    9: 'https://evil.example/hc/ja/requests/new',
    10: 'http://support.onelogin.jp/hc/ja/requests/new',
  };
  executeScript.mockReset().mockResolvedValue([]);
  sendMessage.mockReset().mockResolvedValue({
    ...filled,
    report: { complete: true, fields: [{ label: '件名', status: 'filled', required: true }] },
  });
  Object.assign(fakeBrowser.tabs, {
    get: async (id: number) => ({ id, url: tabs[id] }),
    sendMessage,
  });
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript,
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => undefined,
      unregisterContentScripts: async () => undefined,
    },
  });
  const event = { addListener: () => undefined };
  Object.assign(fakeBrowser.permissions, { onAdded: event, onRemoved: event });
  registerFill();
});

const fillStart = (tabId: number, formId: string, plan: FillPlan) => ({ type: 'fill/start', tabId, formId, plan });

describe('fill/start from the popup', () => {
  it('injects the channel’s fill script into the tab’s top frame and sends it the plan, answering the report', async () => {
    const reply = await dispatch(fillStart(7, 'pentio-request', zendeskPlan), popup());
    expect(reply).toMatchObject({ ok: true, value: { kind: 'report', clipboard: '本文です' } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/zendesk-fill.js'] });
    expect(sendMessage).toHaveBeenCalledWith(
      7,
      { type: 'fill/apply', plan: zendeskPlan, overwrite: false, origin: 'https://support.onelogin.jp' },
      { frameId: 0 },
    );
  });

  it('refuses a tab the form does not fill — another site, plain http, another vendor — and touches no page', async () => {
    for (const [tabId, formId] of [
      [9, 'pentio-request'],
      [10, 'pentio-request'],
      [7, 'iij-login-inquiry'],
    ] as const) {
      const plan = formId === 'pentio-request' ? zendeskPlan : iijPlan;
      expect(await dispatch(fillStart(tabId, formId, plan), popup())).toEqual({
        ok: false,
        error: expect.stringContaining('このタブには入力できません'),
      });
    }
    expect(executeScript).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('refuses a plan for another channel’s page adapter, and a form no vendor lists', async () => {
    expect(await dispatch(fillStart(7, 'pentio-request', iijPlan), popup())).toMatchObject({ ok: false });
    expect(await dispatch(fillStart(8, 'iij-login-inquiry', zendeskPlan), popup())).toMatchObject({ ok: false });
    expect(await dispatch(fillStart(7, 'no-such-form', zendeskPlan), popup())).toEqual({
      ok: false,
      error: '不明なフォームです。',
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('is not answered for a content script or the in-page panel, however well-formed', async () => {
    expect(
      await dispatch(fillStart(7, 'pentio-request', zendeskPlan), contentScript({ id: 7, url: PENTIO_PAGE })),
    ).toBeUndefined();
    expect(
      await dispatch(fillStart(7, 'pentio-request', zendeskPlan), panelIn({ id: 7, url: PENTIO_PAGE })),
    ).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('gives an IIJ plan the fields the user pointed at on the tab’s page, not what the sender wrote', async () => {
    await (
      await database()
    ).pageFields.put({
      page: IIJ_PAGE,
      field: 'body',
      selector: '#remembered',
      savedAt: '2026-12-01T00:00:00Z',
    });
    await dispatch(fillStart(8, 'iij-login-inquiry', { ...iijPlan, rememberedFields: { body: '#forged' } }), popup());
    expect(sendMessage).toHaveBeenCalledWith(
      8,
      {
        type: 'fill/apply',
        plan: { ...iijPlan, rememberedFields: { body: '#remembered' } },
        overwrite: false,
        origin: 'https://help.iij.ad.jp',
      },
      { frameId: 0 },
    );
  });
});

describe('panel/fill from the in-page panel', () => {
  it('fills the panel’s own tab, judged by that tab’s URL', async () => {
    const reply = await dispatch(
      { type: 'panel/fill', formId: 'pentio-request', plan: zendeskPlan },
      panelIn({ id: 7, url: PENTIO_PAGE }),
    );
    expect(reply).toMatchObject({ ok: true, value: { kind: 'report' } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/zendesk-fill.js'] });
  });

  it('never a tab the message names, nor its own tab when that page is not the form’s', async () => {
    expect(
      await dispatch(
        { type: 'panel/fill', formId: 'pentio-request', plan: zendeskPlan, tabId: 7 },
        panelIn({ id: 9, url: tabs[9]! }),
      ),
    ).toBeUndefined();
    // Framed on a page the form does not fill (an https page that framed the panel itself).
    expect(
      await dispatch(
        { type: 'panel/fill', formId: 'pentio-request', plan: zendeskPlan },
        panelIn({ id: 9, url: tabs[9]! }),
      ),
    ).toMatchObject({ ok: false });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
