import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { handle } from './router';
import { database } from '@/storage/db';
import { currentIncident } from '@/storage/incidents';
import { say, text } from '@/schemas/i18n';
import type { FormListing } from '@/schemas/form-definition';
import { formListingById, vendorSites } from '@/schemas/vendors/sites';
import { pageChannelOf } from '@/channels';
import { acceptsPage } from '@/channels/fillable';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import {
  applyAnswer,
  fillStart,
  panelDrafts,
  panelFill,
  planText,
  rememberField,
  type DraftChoice,
  type FillOutcome,
  type FillPlan,
} from '@/schemas/fill';

/**
 * Filling vendor pages. The page the user clicked in (popup, in-page panel) renders the plan
 * (channels/prepare-plan.ts); the background decides which tab may be filled — the router has
 * judged the sender, this judges the tab's own URL against the form's channel and vendor — adds
 * the fields the user pointed at on that page, and only then injects the fill code and sends the
 * plan to the tab's top frame. It loads no form definition: everything here reads form entries.
 */

const texts = {
  unknownForm: text('不明なフォームです。', 'Unknown form.'),
  notAllowed: text(
    'このタブには入力できません。ベンダーのリクエスト入力ページ(https)を開いてから、もう一度お試しください。',
    'This tab cannot be filled. Open the vendor’s request page (https) and try again.',
  ),
  noScript: text(
    'ページの準備ができていません。ページを再読み込みしてから、もう一度お試しください。',
    'The page is not ready. Reload it and try again.',
  ),
};

const OPTIONAL_ZENDESK_SCRIPT = 'zendesk-optional-hosts';

/** A page as the pageFields table keys it: origin + pathname. */
export const pageKey = (url: string): string => {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
};

async function rememberedFields(pageUrl: string | undefined): Promise<Record<string, string>> {
  if (!pageUrl) return {};
  const db = await database();
  const rows = await db.pageFields.where('page').equals(pageKey(pageUrl)).toArray();
  return Object.fromEntries(rows.map((r) => [r.field, r.selector]));
}

async function grants(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return grantedHelpCenterOrigins(origins);
}

/** Only the top frame of a page the form's channel accepts (checked again here, whatever the popup showed). */
async function mayFill(entry: FormListing, url: string | undefined): Promise<boolean> {
  return acceptsPage(entry, url, await grants());
}

/** Fills tab `tabId` with `plan`, if the tab shows a page the form fills and the plan is that page's. */
export async function startFill({
  tabId,
  formId,
  overwrite,
  plan,
}: Omit<z.output<typeof fillStart>, 'type'>): Promise<FillOutcome> {
  const entry = formListingById(formId);
  if (!entry) throw new Error(say(texts.unknownForm));
  const tab = await browser.tabs.get(tabId);
  const channel = pageChannelOf(entry);
  if (!channel || !(await mayFill(entry, tab.url)) || channel.adapter !== plan.adapter)
    throw new Error(say(texts.notAllowed));
  const sent: FillPlan = plan.adapter === 'iij' ? { ...plan, rememberedFields: await rememberedFields(tab.url) } : plan;
  // The fill code reaches the page only now, after the user's click (mayFill checked the tab's URL).
  const injected = await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: [channel.fillScript] })
    .then(() => true)
    .catch(() => false);
  if (!injected) throw new Error(say(texts.noScript));
  const raw: unknown = await browser.tabs
    .sendMessage(
      tabId,
      { type: 'fill/apply', plan: sent, overwrite: overwrite ?? false, origin: new URL(tab.url!).origin },
      { frameId: 0 },
    )
    .catch(() => undefined);
  const answer = applyAnswer.safeParse(raw);
  if (!answer.success) throw new Error(say(texts.noScript));
  if (answer.data.kind === 'confirm-overwrite') return answer.data;
  if (answer.data.report.fields.length === 0 && answer.data.notice) throw new Error(answer.data.notice);
  return { ...answer.data, clipboard: planText(plan) };
}

/** The forms the page asking may be filled with: judged from the sender's own tab URL, never the message. */
async function formsForPage(pageUrl: string | undefined): Promise<FormListing[]> {
  const granted = await grants();
  return vendorSites.flatMap((site) => site.forms).filter((entry) => acceptsPage(entry, pageUrl, granted));
}

/** The current incident's drafts of the forms this page takes: the ones a fill from the panel sends. */
export async function draftsFor(pageUrl: string | undefined): Promise<DraftChoice[]> {
  const forms = await formsForPage(pageUrl);
  const incident = await currentIncident();
  const db = await database();
  const drafts = await db.drafts
    .where('incidentId')
    .equals(incident.id)
    .filter((d) => forms.some((f) => f.id === d.formId))
    .toArray();
  return drafts.map((d) => ({ formId: d.formId, title: formListingById(d.formId)!.title, updatedAt: d.updatedAt }));
}

/** Runs the Zendesk content script on every help-center origin the user granted in options. */
export async function syncOptionalZendeskScript(): Promise<void> {
  const granted = await grants();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [OPTIONAL_ZENDESK_SCRIPT] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [OPTIONAL_ZENDESK_SCRIPT] });
  if (granted.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: OPTIONAL_ZENDESK_SCRIPT,
      matches: granted.map((origin) => `${origin.slice(0, -'/*'.length)}/hc/*/requests/new*`),
      js: ['content-scripts/zendesk.js'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

export function registerFill(): void {
  handle(fillStart, 'extension', startFill);
  // The in-page panel acts on its own tab only: the tab is the sender's, the page is judged by that tab's URL.
  handle(panelDrafts, 'panel', (_request, sender) => draftsFor(sender.tab?.url));
  handle(panelFill, 'panel', ({ formId, overwrite, plan }, sender) => {
    if (sender.tab?.id === undefined) throw new Error(say(texts.notAllowed));
    return startFill({ tabId: sender.tab.id, formId, overwrite, plan });
  });
  handle(rememberField, 'content', async ({ field, selector }, sender) => {
    const db = await database();
    await db.pageFields.put({ page: pageKey(sender.url!), field, selector, savedAt: new Date().toISOString() });
  });
  browser.permissions.onAdded.addListener(() => void syncOptionalZendeskScript());
  browser.permissions.onRemoved.addListener(() => void syncOptionalZendeskScript());
  void syncOptionalZendeskScript();
}
