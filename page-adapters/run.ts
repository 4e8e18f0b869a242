import { browser } from 'wxt/browser';
import { localeFor, say, setLocale, text } from '@/schemas/i18n';
import { applyAnswer, fillApply, type AdapterId, type ApplyAnswer, type FillPlan } from '@/schemas/fill';
import { mountInPagePanel, type InPagePanel } from './in-page-button';

/**
 * What both content scripts do: answer the background's `fill/apply` (started by the user in the
 * popup or in the in-page panel) and place the panel. Each adapter supplies how to find its form
 * and how to fill. A content script never asks for drafts: it fills only the plan the background
 * sends after the user's own click in UI the page cannot reach.
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
  panel = mountInPagePanel(anchor);
}
