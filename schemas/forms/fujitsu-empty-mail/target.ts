import type { Delivery } from '../../form-definition';
import { acceptanceTable } from './rules';
import type { FujitsuEmptyMailValues } from './schema';

/** Fujitsu SupportDesk takes this only by mail: To SupportDesk, from the registered address. */
export const delivery: Delivery<FujitsuEmptyMailValues>[] = [
  {
    kind: 'mail',
    toMail: (values, rendered) => ({
      from: values.sender,
      to: [values.supportDeskEmail],
      cc: values.cc,
      subject: rendered.subject,
      body: rendered.body,
      attachments: rendered.attachments,
    }),
    acceptance: acceptanceTable,
  },
];
