import { browser } from 'wxt/browser';
import { attachmentKind, blobToBase64, extensionFor } from '@/capture/image';
import type * as z from 'zod/mini';
import { handle } from './router';
import { database } from '@/storage/db';
import { loadCurrentDraft } from '@/storage/drafts';
import { currentIncident } from '@/storage/incidents';
import { formEntryById, loadAllForms, loadForm } from '@/schemas/catalog';
import { say, text } from '@/schemas/i18n';
import { checkDraft, describeIssue } from '@/schemas/check-draft';
import type { FormDefinition } from '@/schemas/form-definition';
import { vendorById } from '@/schemas/vendors';
import { pageDeliveryOf } from '@/channels';
import type { PageScope } from '@/channels/define';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import {
  applyAnswer,
  fillStart,
  panelDrafts,
  panelFill,
  rememberField,
  type DraftChoice,
  type FillFile,
  type FillOutcome,
  type PlanAnswer,
} from '@/schemas/fill';

/**
 * Filling vendor pages. The background is the only place that reads drafts and captures, checks
 * that the draft validates against its form, and decides which tab may be filled; content
 * scripts only receive a finished plan.
 */

const texts = {
  noDraft: text('このフォームの下書きがありません。', 'There is no draft for this form.'),
  unknownForm: text('不明なフォームです。', 'Unknown form.'),
  notFillable: text(
    'このフォームはページに入力できません(メールまたはコピーで送ってください)。',
    'This form cannot be filled into a page (send it by mail or copy it).',
  ),
  notAllowed: text(
    'このタブには入力できません。ベンダーのリクエスト入力ページ(https)を開いてから、もう一度お試しください。',
    'This tab cannot be filled. Open the vendor’s request page (https) and try again.',
  ),
  noScript: text(
    'ページの準備ができていません。ページを再読み込みしてから、もう一度お試しください。',
    'The page is not ready. Reload it and try again.',
  ),
  missingCaptures: (count: number) =>
    text(
      `添付するスクリーンショット${count}件が見つかりません(削除されたか、保存期間を過ぎました)。撮り直すか、添付から外してください。`,
      `${count} attached screenshot(s) no longer exist (deleted, or past the retention period). Take them again or remove them from the attachments.`,
    ),
};

const OPTIONAL_ZENDESK_SCRIPT = 'zendesk-optional-hosts';

/**
 * The draft's captures as files, or how many are gone. The text announces its attachments
 * (IIJ's 添付ファイル count and ■有), so filling without one would be a silent half-fill.
 */
async function captureFiles(ids: string[]): Promise<{ files: FillFile[] } | { missing: number }> {
  const rows = await database().captures.bulkGet(ids);
  const missing = rows.filter((row) => !row).length;
  if (missing > 0) return { missing };
  const files = await Promise.all(
    rows.map(async (row, index) => ({
      name: `${attachmentKind(row!.mimeType)}-${index + 1}.${extensionFor(row!.mimeType)}`,
      type: row!.mimeType,
      base64: await blobToBase64(row!.image),
    })),
  );
  return { files };
}

/** A page as the pageFields table keys it: origin + pathname. */
export const pageKey = (url: string): string => {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
};

async function rememberedFields(pageUrl: string | undefined): Promise<Record<string, string>> {
  if (!pageUrl) return {};
  const rows = await database().pageFields.where('page').equals(pageKey(pageUrl)).toArray();
  return Object.fromEntries(rows.map((r) => [r.field, r.selector]));
}

/** The page a form fills, and where it may do so: its vendor's hosts and the granted help centers. */
async function pageScope(form: FormDefinition): Promise<PageScope> {
  const { origins = [] } = await browser.permissions.getAll();
  return { hosts: vendorById(form.vendor)?.hosts ?? [], grants: grantedHelpCenterOrigins(origins) };
}

/** Validates the form's draft (the one draft check) and turns it into what the page adapter fills. */
export async function preparePlan(
  form: FormDefinition,
  pageUrl: string | undefined,
  given?: { values: Record<string, unknown> },
): Promise<PlanAnswer> {
  const page = pageDeliveryOf(form);
  if (!page) throw new Error(say(texts.notFillable));
  // The popup's values as on screen (checked here like a stored draft), else the stored draft.
  const draft = given ?? (await loadCurrentDraft(form.id));
  if (!draft) throw new Error(say(texts.noDraft));
  const check = checkDraft(form, draft.values, new Date());
  if (check.blocking || !check.rendered) {
    return {
      kind: 'invalid',
      errors: check.issues.filter((i) => i.level === 'error').map((i) => describeIssue(form, i)),
    };
  }
  const found = await captureFiles(check.rendered.attachments);
  if ('missing' in found) return { kind: 'invalid', errors: [say(texts.missingCaptures(found.missing))] };
  const plan = page.channel.plan(page.delivery, check.parsed, check.rendered, {
    files: found.files,
    rememberedFields: await rememberedFields(pageUrl),
  });
  return { kind: 'plan', clipboard: plan.adapter === 'zendesk' ? plan.description : plan.body, plan };
}

async function knownForm(formId: string): Promise<FormDefinition> {
  const form = await loadForm(formId);
  if (!form) throw new Error(say(texts.unknownForm));
  return form;
}

/** Only the top frame of a page the form's channel accepts (checked again here, whatever the popup showed). */
async function mayFill(form: FormDefinition, url: string | undefined): Promise<boolean> {
  const page = pageDeliveryOf(form);
  return !!page && page.channel.accepts(url, await pageScope(form));
}

async function startFill({ tabId, formId, overwrite, draft }: z.output<typeof fillStart>): Promise<FillOutcome> {
  const form = await knownForm(formId);
  const tab = await browser.tabs.get(tabId);
  if (!(await mayFill(form, tab.url))) throw new Error(say(texts.notAllowed));
  const prepared = await preparePlan(form, tab.url, draft);
  if (prepared.kind === 'invalid') return prepared;
  // The fill code reaches the page only now, after the user's click (mayFill checked the tab's URL).
  const injected = await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: [pageDeliveryOf(form)!.channel.fillScript] })
    .then(() => true)
    .catch(() => false);
  if (!injected) throw new Error(say(texts.noScript));
  const raw: unknown = await browser.tabs
    .sendMessage(tabId, { type: 'fill/apply', plan: prepared.plan, overwrite: overwrite ?? false }, { frameId: 0 })
    .catch(() => undefined);
  const answer = applyAnswer.safeParse(raw);
  if (!answer.success) throw new Error(say(texts.noScript));
  if (answer.data.kind === 'confirm-overwrite') return answer.data;
  if (answer.data.report.fields.length === 0 && answer.data.notice) throw new Error(answer.data.notice);
  return { ...answer.data, clipboard: prepared.clipboard };
}

/** The forms the page asking may be filled with: judged from the sender's own tab URL, never the message. */
async function formsForPage(pageUrl: string | undefined): Promise<FormDefinition[]> {
  const fillable = await Promise.all(
    (await loadAllForms()).map(async (form) => ((await mayFill(form, pageUrl)) ? [form] : [])),
  );
  return fillable.flat();
}

/** The current incident's drafts of the forms this page takes: the ones a fill from the panel sends. */
export async function draftsFor(pageUrl: string | undefined): Promise<DraftChoice[]> {
  const ids = (await formsForPage(pageUrl)).map((f) => f.id);
  const incident = await currentIncident();
  const drafts = await database()
    .drafts.where('incidentId')
    .equals(incident.id)
    .filter((d) => ids.includes(d.formId))
    .toArray();
  return drafts.map((d) => ({ formId: d.formId, title: formEntryById(d.formId)!.title, updatedAt: d.updatedAt }));
}

/** Runs the Zendesk content script on every help-center origin the user granted in options. */
export async function syncOptionalZendeskScript(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const granted = grantedHelpCenterOrigins(origins);
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
  handle(panelFill, 'panel', ({ formId, overwrite }, sender) => {
    if (sender.tab?.id === undefined) throw new Error(say(texts.notAllowed));
    return startFill({ type: 'fill/start', tabId: sender.tab.id, formId, overwrite });
  });
  handle(rememberField, 'content', async ({ field, selector }, sender) => {
    await database().pageFields.put({ page: pageKey(sender.url!), field, selector, savedAt: new Date().toISOString() });
  });
  browser.permissions.onAdded.addListener(() => void syncOptionalZendeskScript());
  browser.permissions.onRemoved.addListener(() => void syncOptionalZendeskScript());
  void syncOptionalZendeskScript();
}
