import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { localeFor, say, setLocale, text } from '@/schemas/i18n';
import { type DraftChoice, type FillOutcome, type panelDrafts, type panelFill } from '@/schemas/fill';
import { button, element, PANEL_HEIGHT_KEY, PANEL_STYLE, reportNodes } from '@/page-adapters/panel-view';
import { sendToBackground } from '@/utils/send-message';
import { PANEL_PLANNER_KEY, type PanelPlanner, type PlannerHost } from '@/channels/panel-planner';

/**
 * The in-page panel: an extension page in an iframe on the vendor's request page. The page's
 * scripts cannot read this document, click in it or message it; the background answers it only
 * about its own tab, judged from that tab's URL. Draft text reaches the page only when the user
 * clicks a draft here: this page renders the draft's plan (its form loads on that click) and the
 * background hands it to the content script's fill, never through this frame.
 */

const texts = {
  open: text('下書きから入力', 'Fill from a draft'),
  noDrafts: text(
    'このサービスの下書きはありません。拡張機能のポップアップで作成してください。',
    'No drafts for this service. Create one in the extension popup.',
  ),
  choose: text('入力する下書きを選んでください', 'Choose the draft to fill in'),
  filling: text('ページに入力しています…', 'Filling the page…'),
  close: text('閉じる', 'Close'),
  replaceQuestion: (field: string) =>
    text(
      `ページの「${field}」には入力済みの文章があります。置き換えますか?`,
      `The page's "${field}" already holds text. Replace it?`,
    ),
  replace: text('置き換える', 'Replace'),
  cancel: text('やめる', 'Cancel'),
  cancelled: text('入力を中止しました。ページは変更していません。', 'Cancelled. The page was not changed.'),
};

setLocale(localeFor(browser.i18n.getUILanguage()));
document.documentElement.lang = say(text('ja', 'en'));
const toggle = button(say(texts.open), () => void openList(), 'primary');
const panel = element('div', undefined, 'panel');
panel.hidden = true;
document.body.append(element('style', PANEL_STYLE), toggle, panel);

// The content script sizes the frame to what is shown; only a number leaves this page.
new ResizeObserver(() =>
  window.parent.postMessage({ [PANEL_HEIGHT_KEY]: document.documentElement.scrollHeight }, '*'),
).observe(document.body);

function show(...nodes: Node[]) {
  panel.replaceChildren(
    ...nodes,
    button(say(texts.close), () => (panel.hidden = true)),
  );
  panel.hidden = false;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function openList() {
  try {
    const request: z.input<typeof panelDrafts> = { type: 'panel/drafts' };
    const drafts = await sendToBackground<DraftChoice[]>(request);
    if (drafts.length === 0) return show(element('p', say(texts.noDrafts)));
    const list = element('ul');
    for (const draft of drafts) {
      const label = `${say(draft.title)} (${new Date(draft.updatedAt).toLocaleString()})`;
      const item = element('li');
      item.append(button(label, () => void fill(draft.formId, false)));
      list.append(item);
    }
    show(element('p', say(texts.choose)), list);
  } catch (error) {
    show(element('p', errorText(error), 'warn'));
  }
}

/** The plan code, loaded on the first click: the draft list needs no form, Dexie or zod. */
function planner(): Promise<PanelPlanner> {
  const loaded = (globalThis as PlannerHost)[PANEL_PLANNER_KEY];
  if (loaded) return Promise.resolve(loaded);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = browser.runtime.getURL('/panel-plan.js');
    script.onload = () => {
      const ready = (globalThis as PlannerHost)[PANEL_PLANNER_KEY];
      if (ready) resolve(ready);
      else reject(new Error('panel-plan.js did not load'));
    };
    script.onerror = () => reject(new Error('panel-plan.js did not load'));
    document.head.append(script);
  });
}

async function fill(formId: string, overwrite: boolean) {
  show(element('p', say(texts.filling)));
  try {
    const prepared = await (await planner())(formId);
    if (prepared.kind === 'invalid') return show(...prepared.errors.map((error) => element('p', error, 'warn')));
    const request: z.input<typeof panelFill> = { type: 'panel/fill', formId, overwrite, plan: prepared.plan };
    const outcome = await sendToBackground<FillOutcome>(request);
    if (outcome.kind === 'invalid') return show(...outcome.errors.map((error) => element('p', error, 'warn')));
    if (outcome.kind === 'confirm-overwrite')
      return show(
        element('p', say(texts.replaceQuestion(outcome.field)), 'warn'),
        button(say(texts.replace), () => void fill(formId, true), 'danger'),
        button(say(texts.cancel), () => show(element('p', say(texts.cancelled)))),
      );
    show(...reportNodes(outcome.report, { notice: outcome.notice, clipboard: outcome.clipboard }));
  } catch (error) {
    show(element('p', errorText(error), 'warn'));
  }
}
