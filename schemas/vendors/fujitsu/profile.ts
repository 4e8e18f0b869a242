import * as z from '../../zod-mini';
import { mailAddress, mailList } from '../../mail-address';
import { profileBase } from '../../profile-base';
import { serviceAdminId } from './service-admin-id';

export const fujitsuProfileSchema = z.object({
  ...profileBase,
  vendor: z.literal('fujitsu'),
  serviceAdminId,
  registeredEmail: mailAddress,
  ccEmails: z._default(mailList, []),
  supportDeskEmail: mailAddress,
});
export type FujitsuProfile = z.infer<typeof fujitsuProfileSchema>;
