import type { PlanAnswer } from '@/schemas/fill';

/**
 * How the in-page panel gets a plan: on the user's click it loads /panel-plan.js
 * (entrypoints/panel-plan.ts), which leaves `planForStoredDraft` (channels/prepare-plan.ts) here.
 * A separate script, not a dynamic import: the panel would otherwise share the popup's and the
 * options page's chunks and split them into more, larger-in-total files.
 */
export const PANEL_PLANNER_KEY = '__supportTicketHelperPanelPlanner';

export type PanelPlanner = (formId: string) => Promise<PlanAnswer>;

export type PlannerHost = { [PANEL_PLANNER_KEY]?: PanelPlanner };
