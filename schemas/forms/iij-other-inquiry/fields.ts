import type { FieldDef } from '../../form-definition';
import { headerFields } from '../iij-shared/header';
import {
  commonFields,
  directorySyncItem,
  gatewayItem,
  m365Item,
  numberedItems,
  screenshotsItem,
} from '../iij-shared/inquiry';

/** Seed 000 「ログイン以外」: after the common (1)–(7), these items in this order ((8)–(11)). */
export const iijOtherInquiryItems = numberedItems([m365Item, gatewayItem, screenshotsItem, directorySyncItem]);

export const iijOtherInquiryFields: FieldDef[] = [...headerFields, ...commonFields, ...iijOtherInquiryItems.fields];
