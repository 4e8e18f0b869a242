import { browser } from 'wxt/browser';
import { localeFor, say, setLocale, text } from '@/schemas/i18n';
import type { z } from 'zod';
import {
  applyAnswer,
  fillApply,
  type fillDrafts,
  type fillPlanRequest,
  type AdapterId,
  type ApplyAnswer,
  type DraftChoice,
  type FillPlan,
  type PlanAnswer,
} from '@/schemas/fill';
import { sendToBackground } from '@/utils/send-message';
import { mountInPagePanel, type InPagePanel } from './in-page-button';

/**
 * What both content scripts do: answer the background's `fill/apply` (popup trigger) and offer
 * the in-page button (page trigger). Each adapter supplies how to find its form and how to fill.
 */
export interface Adapter {
  id: AdapterId;
  /** Where the in-page button goes (just before the vendor's form), or undefined when this is not a request page. */
  findAnchor(): Promise<Element | undefined>;
  apply(plan: FillPlan, overwrite: boolean, panel?: InPagePanel): Promise<ApplyAnswer>;
}

const texts = {
  wrongPage: text(
    'このページは選んだフォームの入力ページではありません。',
    'This page is not the input page of the chosen form.',
  ),
  confirmOverwrite: text(
    '「{field}」にはご自身で入力した内容があります。下書きの内容で置き換えますか?',
    '“{field}” holds text you typed. Replace it with the draft?',
  ),
  cancelled: text('入力を中止しました。ページは変更していません。', 'Cancelled. The page was not changed.'),
};

export const wrongPage = (): ApplyAnswer => ({
  kind: 'report',
  report: { complete: false, fields: [] },
  notice: say(texts.wrongPage),
});

export async function startAdapter(adapter: Adapter): Promise<void> {
  let panel: InPagePanel | undefined;
  setLocale(localeFor(browser.i18n.getUILanguage()));
  // Only the background may ask us to fill (it has validated the draft); page scripts cannot send runtime messages.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = fillApply.safeParse(raw);
    if (!parsed.success) return undefined;
    const { plan, overwrite } = parsed.data;
    return plan.adapter === adapter.id
      ? adapter.apply(plan, overwrite, panel).then((answer) => applyAnswer.parse(answer))
      : Promise.resolve(wrongPage());
  });

  const anchor = await adapter.findAnchor();
  if (!anchor) return; // not a request page: nothing to offer
  panel = mountInPagePanel(anchor, async (opened) => {
    const request: z.input<typeof fillDrafts> = { type: 'fill/drafts' };
    const drafts = await sendToBackground<DraftChoice[]>(request);
    opened.showDrafts(drafts, (formId) => void fillFromPage(adapter, opened, formId));
  });
}

async function fillFromPage(adapter: Adapter, panel: InPagePanel, formId: string): Promise<void> {
  try {
    const request: z.input<typeof fillPlanRequest> = { type: 'fill/plan', formId };
    const answer = await sendToBackground<PlanAnswer>(request);
    if (answer.kind === 'invalid') return panel.showMessage(answer.errors.join('\n'));
    let result = await adapter.apply(answer.plan, false, panel);
    if (result.kind === 'confirm-overwrite') {
      if (!window.confirm(say(texts.confirmOverwrite).replace('{field}', result.field)))
        return panel.showMessage(say(texts.cancelled));
      result = await adapter.apply(answer.plan, true, panel);
    }
    if (result.kind === 'report') panel.showReport(result.report, answer.clipboard, result.notice);
  } catch (error) {
    panel.showMessage(error instanceof Error ? error.message : String(error));
  }
}
