import type { FieldDef } from '../../form-definition';
import { headerFields } from '../iij-shared/header';
import { commonFields, directorySyncFields, gatewayFields, m365Fields, screenshotFields } from '../iij-shared/inquiry';

export const iijOtherInquiryFields: FieldDef[] = [
  ...headerFields,
  ...commonFields,
  ...m365Fields(8),
  ...gatewayFields(9),
  ...screenshotFields(10),
  ...directorySyncFields(11),
];
