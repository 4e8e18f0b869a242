import { attachmentKind, blobToBase64, extensionFor } from '@/capture/image';
import { loadForm } from '@/schemas/catalog';
import { checkDraft, describeIssue } from '@/schemas/check-draft';
import type { FillFile, PlanAnswer } from '@/schemas/fill';
import type { FormDefinition } from '@/schemas/form-definition';
import { say, text } from '@/schemas/i18n';
import { database } from '@/storage/db';
import { loadCurrentDraft } from '@/storage/drafts';
import { pageDeliveryOf } from '.';

/**
 * Turning a draft into what a page adapter fills, in the extension page the user clicked in (the
 * popup, the in-page panel): they load the form's definition anyway, and the background, which
 * cannot load code on demand, then carries no form at all. The background still decides which
 * tab may be filled, adds the page's remembered fields and sends the plan (entrypoints/background/fill.ts).
 */

const texts = {
  noDraft: text('このフォームの下書きがありません。', 'There is no draft for this form.'),
  unknownForm: text('不明なフォームです。', 'Unknown form.'),
  notFillable: text(
    'このフォームはページに入力できません(メールまたはコピーで送ってください)。',
    'This form cannot be filled into a page (send it by mail or copy it).',
  ),
  missingCaptures: (count: number) =>
    text(
      `添付するスクリーンショット${count}件が見つかりません(削除されたか、保存期間を過ぎました)。撮り直すか、添付から外してください。`,
      `${count} attached screenshot(s) no longer exist (deleted, or past the retention period). Take them again or remove them from the attachments.`,
    ),
};

/**
 * The draft's captures as files, or how many are gone. The text announces its attachments
 * (IIJ's 添付ファイル count and ■有), so filling without one would be a silent half-fill.
 */
async function captureFiles(ids: string[]): Promise<{ files: FillFile[] } | { missing: number }> {
  const db = await database();
  const rows = await db.captures.bulkGet(ids);
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

/** Validates the values against their form (the one draft check) and turns them into a plan, or the form's errors. */
export async function preparePlan(form: FormDefinition, values: Record<string, unknown>): Promise<PlanAnswer> {
  const page = pageDeliveryOf(form);
  if (!page) throw new Error(say(texts.notFillable));
  const check = checkDraft(form, values, new Date());
  if (check.blocking || !check.rendered) {
    return {
      kind: 'invalid',
      errors: check.issues.filter((i) => i.level === 'error').map((i) => describeIssue(form, i)),
    };
  }
  const found = await captureFiles(check.rendered.attachments);
  if ('missing' in found) return { kind: 'invalid', errors: [say(texts.missingCaptures(found.missing))] };
  const plan = page.channel.plan(page.delivery, check.parsed, check.rendered, { files: found.files });
  return { kind: 'plan', plan };
}

/** The in-page panel's fill: the current incident's stored draft of the form the user clicked. */
export async function planForStoredDraft(formId: string): Promise<PlanAnswer> {
  const form = await loadForm(formId);
  if (!form) throw new Error(say(texts.unknownForm));
  const draft = await loadCurrentDraft(form.id);
  if (!draft) throw new Error(say(texts.noDraft));
  return preparePlan(form, draft.values);
}
