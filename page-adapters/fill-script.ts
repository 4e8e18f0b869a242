import { browser } from 'wxt/browser';
import { localeFor, say, setLocale, text } from '@/schemas/i18n';
import { applyAnswer, fillApply, type AdapterId, type ApplyAnswer, type FillPlan } from '@/schemas/fill';
import { publishedPanel, type InPagePanel } from './in-page-button';

/**
 * The fill side of a vendor page: answers the background's `fill/apply` (started by the user in
 * the popup or in the in-page panel). The background injects it into the tab's top frame
 * (entrypoints/<channel>-fill.ts) right before it sends the plan, so pages nobody fills never load
 * it. A fill script never asks for drafts: it fills only the plan the background sends after the
 * user's own click in UI the page cannot reach.
 */
export interface Adapter {
  id: AdapterId;
  apply(plan: FillPlan, overwrite: boolean, panel?: InPagePanel): Promise<ApplyAnswer>;
}

const texts = {
  wrongPage: text(
    'このページは選んだフォームの入力ページではありません。',
    'This page is not the input page of the chosen form.',
  ),
  pageChanged: text(
    'このタブは入力の直前に別のページへ移りました。何も入力していません。ページを確かめてから、もう一度お試しください。',
    'This tab moved to another page just before filling: nothing was filled. Check the page and try again.',
  ),
};

/** Nothing filled, and why. */
const nothingFilled = (notice: string): ApplyAnswer => ({
  kind: 'report',
  report: { complete: false, fields: [] },
  notice,
});

export const wrongPage = (): ApplyAnswer => nothingFilled(say(texts.wrongPage));

type Started = { [key: symbol]: true | undefined };

export function startFillScript(adapter: Adapter): void {
  // Injected again on every fill: the first injection's listener keeps answering.
  const started = Symbol.for(`support-ticket-helper.fill-script.${adapter.id}`);
  if ((globalThis as Started)[started]) return;
  (globalThis as Started)[started] = true;
  setLocale(localeFor(browser.i18n.getUILanguage()));
  // Only the background may ask us to fill (it has judged the tab; the page the user clicked in rendered the
  // plan from a validated draft); page scripts cannot send runtime messages.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = fillApply.safeParse(raw);
    if (!parsed.success) return undefined;
    const { plan, overwrite, origin } = parsed.data;
    if (origin !== location.origin) return Promise.resolve(nothingFilled(say(texts.pageChanged)));
    return plan.adapter === adapter.id
      ? adapter.apply(plan, overwrite, publishedPanel()).then((answer) => applyAnswer.parse(answer))
      : Promise.resolve(wrongPage());
  });
}
