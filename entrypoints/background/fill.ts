import { browser } from 'wxt/browser';
import { blobToBase64, extensionFor } from '@/capture/image';
import type { z } from 'zod';
import { handle } from './router';
import { database } from '@/storage/db';
import { formById, forms } from '@/schemas/index';
import { say, text } from '@/schemas/i18n';
import type { FormDefinition } from '@/schemas/form-definition';
import {
  applyAnswer,
  fillDrafts,
  fillPlanRequest,
  fillStart,
  rememberField,
  ZENDESK_REQUEST_PATH,
  type AdapterId,
  type DraftChoice,
  type FillFile,
  type FillOutcome,
  type PlanAnswer,
  grantedHelpCenterOrigins,
  IIJ_HOST,
  PENTIO_HOST,
} from '@/schemas/fill';

/**
 * Filling vendor pages. The background is the only place that reads drafts and captures, checks
 * that the draft validates against its form, and decides which tab may be filled; content
 * scripts only receive a finished plan.
 */

const texts = {
  noDraft: text('このフォームの下書きがありません。', 'There is no draft for this form.'),
  unknownForm: text('不明なフォームです。', 'Unknown form.'),
  notFillable: text('このフォームはページに入力できません(メールまたはコピーで送ってください)。', 'This form cannot be filled into a page (send it by mail or copy it).'),
  notAllowed: text('このタブには入力できません。ベンダーのリクエスト入力ページ(https)を開いてから、もう一度お試しください。', 'This tab cannot be filled. Open the vendor’s request page (https) and try again.'),
  noScript: text('ページの準備ができていません。ページを再読み込みしてから、もう一度お試しください。', 'The page is not ready. Reload it and try again.'),
  missingCaptures: (count: number) =>
    text(
      `添付するスクリーンショット${count}件が見つかりません(削除されたか、保存期間を過ぎました)。撮り直すか、添付から外してください。`,
      `${count} attached screenshot(s) no longer exist (deleted, or past the retention period). Take them again or remove them from the attachments.`,
    ),
};

const OPTIONAL_ZENDESK_SCRIPT = 'zendesk-optional-hosts';

type AnyForm = FormDefinition<z.ZodType>;

function adapterOf(form: AnyForm): AdapterId | undefined {
  if (form.delivery.some((d) => d.kind === 'zendesk')) return 'zendesk';
  if (form.delivery.some((d) => d.kind === 'iij-service-online')) return 'iij';
  return undefined;
}

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
      name: `screenshot-${index + 1}.${extensionFor(row!.mimeType)}`,
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

/** Validates the form's draft and turns it into what the page adapter fills. */
export async function preparePlan(formId: string, pageUrl: string | undefined): Promise<PlanAnswer> {
  const form = formById(formId) as AnyForm | undefined;
  if (!form) throw new Error(say(texts.unknownForm));
  const draft = await database().drafts.get(formId);
  if (!draft) throw new Error(say(texts.noDraft));
  const parsed = form.schema.safeParse(draft.values);
  if (!parsed.success) {
    const label = (path: PropertyKey[]) => form.fields.find((f) => f.path === path.join('.'))?.label;
    return { kind: 'invalid', errors: parsed.error.issues.map((i) => `${label(i.path) ? `${say(label(i.path)!)}: ` : ''}${i.message}`) };
  }
  const ruleErrors = (form.rules?.(draft.values as never, { now: new Date() }) ?? []).filter((r) => r.level === 'error');
  if (ruleErrors.length > 0) return { kind: 'invalid', errors: ruleErrors.map((r) => say(r.message)) };

  const rendered = form.render(parsed.data);
  for (const delivery of form.delivery) {
    if (delivery.kind === 'zendesk') {
      const { attachments, description, ...rest } = delivery.toRequest(parsed.data, rendered);
      const found = await captureFiles(attachments);
      if ('missing' in found) return { kind: 'invalid', errors: [say(texts.missingCaptures(found.missing))] };
      return { kind: 'plan', clipboard: description, plan: { adapter: 'zendesk', ...rest, description, files: found.files } };
    }
    if (delivery.kind === 'iij-service-online') {
      const found = await captureFiles(rendered.attachments);
      if ('missing' in found) return { kind: 'invalid', errors: [say(texts.missingCaptures(found.missing))] };
      const plan = { adapter: 'iij' as const, subject: rendered.subject, body: rendered.body, files: found.files, rememberedFields: await rememberedFields(pageUrl) };
      return { kind: 'plan', clipboard: rendered.body, plan };
    }
  }
  throw new Error(say(texts.notFillable));
}

/** Only the top frame of an https page of the adapter's vendor (or a Zendesk origin the user granted). */
async function mayFill(url: string | undefined, adapter: AdapterId): Promise<boolean> {
  if (!url) return false; // no host permission for this tab: not ours to fill
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:') return false;
  if (adapter === 'iij') return parsed.hostname === IIJ_HOST;
  if (!ZENDESK_REQUEST_PATH.test(parsed.pathname)) return false;
  return parsed.hostname === PENTIO_HOST || browser.permissions.contains({ origins: [`${parsed.origin}/*`] });
}

async function startFill({ tabId, formId, overwrite }: z.output<typeof fillStart>): Promise<FillOutcome> {
  const tab = await browser.tabs.get(tabId);
  const prepared = await preparePlan(formId, tab.url);
  if (prepared.kind === 'invalid') return prepared;
  if (!(await mayFill(tab.url, prepared.plan.adapter))) throw new Error(say(texts.notAllowed));
  const raw: unknown = await browser.tabs
    .sendMessage(tabId, { type: 'fill/apply', plan: prepared.plan, overwrite: overwrite ?? false }, { frameId: 0 })
    .catch(() => undefined);
  const answer = applyAnswer.safeParse(raw);
  if (!answer.success) throw new Error(say(texts.noScript));
  if (answer.data.kind === 'confirm-overwrite') return answer.data;
  if (answer.data.report.fields.length === 0 && answer.data.notice) throw new Error(answer.data.notice);
  return { ...answer.data, clipboard: prepared.clipboard };
}

async function draftsFor(adapter: AdapterId): Promise<DraftChoice[]> {
  const ids = (forms as AnyForm[]).filter((f) => adapterOf(f) === adapter).map((f) => f.id);
  const drafts = await database().drafts.where('formId').anyOf(ids).toArray();
  return drafts.map((d) => ({ formId: d.formId, title: formById(d.formId)!.title, updatedAt: d.updatedAt }));
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
  handle(fillPlanRequest, 'content', ({ formId }, sender) => preparePlan(formId, sender.url));
  handle(fillDrafts, 'content', ({ adapter }) => draftsFor(adapter));
  handle(rememberField, 'content', async ({ field, selector }, sender) => {
    await database().pageFields.put({ page: pageKey(sender.url!), field, selector, savedAt: new Date().toISOString() });
  });
  browser.permissions.onAdded.addListener(() => void syncOptionalZendeskScript());
  browser.permissions.onRemoved.addListener(() => void syncOptionalZendeskScript());
  void syncOptionalZendeskScript();
}
