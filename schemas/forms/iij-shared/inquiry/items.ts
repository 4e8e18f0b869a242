import type { FieldDef } from '../../../form-definition';
import type { IijInquiryValues } from './schema';
import { directorySyncFields, gatewayFields, m365Fields, screenshotFields } from './fields';
import { renderDirectorySync, renderGateway, renderM365, renderScreenshots } from './render';

// The items after (7), numbered by their place.

/** An item after the common (1)–(7): its inputs and its text, both given the item's number. */
export interface InquiryItem<V> {
  fields: (n: number) => FieldDef[];
  render: (v: V, n: number) => string[];
}

/**
 * A form's own items in the seed's order: (8) is the first. Numbers are derived from the order,
 * so the inputs' sections and the rendered text cannot drift apart.
 */
export function numberedItems<V>(items: readonly InquiryItem<V>[]) {
  const first = 8;
  return {
    fields: items.flatMap((item, i) => item.fields(first + i)),
    render: (v: V) => items.flatMap((item, i) => item.render(v, first + i)),
  };
}

export const m365Item: InquiryItem<IijInquiryValues> = { fields: m365Fields, render: renderM365 };
export const gatewayItem: InquiryItem<IijInquiryValues> = { fields: gatewayFields, render: renderGateway };
export const screenshotsItem: InquiryItem<IijInquiryValues> = { fields: screenshotFields, render: renderScreenshots };
export const directorySyncItem: InquiryItem<IijInquiryValues> = {
  fields: directorySyncFields,
  render: renderDirectorySync,
};
