import { z } from '../../zod';
import { mailAddress } from '../../mail-address';
import { tr } from '../../i18n';
import { headerShape } from '../iij-shared/header';
import { iijAccountName } from '../iij-shared/account-name';
import { optionalJstDate, optionalText } from '../../common';
import { taskCatalogue } from './fields';

/**
 * Seed 001, 各種作業のご依頼用フォーマット. Each of the six tasks has a `requested` tick and its own
 * items; the items only have to be filled (and valid) for the tasks that are requested.
 * Whether 作業希望日 is late enough depends on today, so that check is in rules.ts.
 */
const requested = () => z.boolean().default(false);
const confirmed = () => z.boolean().default(false);
const reason = () => optionalText();
const date = () => optionalJstDate();
const address = () => optionalText(1000);

const tasksSchema = z
  .object({
    t1: z
      .object({ requested: requested(), reason: reason(), date: date(), account: address(), receivable: confirmed() })
      .prefault({}),
    t2: z
      .object({ requested: requested(), reason: reason(), date: date(), account: address(), receivable: confirmed() })
      .prefault({}),
    t3: z
      .object({
        requested: requested(),
        reason: reason(),
        date: date(),
        account: address(),
        newAddress: address(),
        receivable: confirmed(),
      })
      .prefault({}),
    t4: z
      .object({
        requested: requested(),
        reason: reason(),
        date: date(),
        account: address(),
        canLogin: confirmed(),
        noOtherAdmin: confirmed(),
        noRecentAdmin: confirmed(),
      })
      .prefault({}),
    // The format's three confirmations A/B/C; rules.ts maps them onto the hearing table's two (see there).
    t5: z
      .object({
        requested: requested(),
        reason: reason(),
        date: date(),
        noOtherAdmin: confirmed(),
        noRecentAdmin: confirmed(),
        defaultPolicyAdminExists: confirmed(),
      })
      .prefault({}),
    t6: z
      .object({
        requested: requested(),
        reason: reason(),
        date: date(),
        account: address(),
        notificationAddress: address(),
      })
      .prefault({}),
  })
  .prefault({});

export const iijWorkRequestSchema = z.object({ ...headerShape, tasks: tasksSchema }).superRefine((values, ctx) => {
  const chosen = taskCatalogue.filter((task) => values.tasks[task.key].requested);
  if (chosen.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['tasks'],
      message: tr('希望する作業を1つ以上選んでください', 'Choose at least one task')(),
    });
  }
  for (const task of chosen) {
    const taskValues: Record<string, unknown> = values.tasks[task.key];
    for (const item of task.items) {
      const value = taskValues[item.key];
      const path = ['tasks', task.key, item.key];
      if (typeof value !== 'string' || value.trim() === '') {
        ctx.addIssue({
          code: 'custom',
          path,
          message: tr(`${item.label.ja}を入力してください`, `Enter ${item.label.en}`)(),
        });
        continue;
      }
      // Account names are IIJ IDs (full mail addresses); notification addresses are plain mail addresses.
      const check = item.kind === 'account' ? iijAccountName : item.kind === 'address' ? mailAddress : undefined;
      const result = check?.safeParse(value);
      if (result && !result.success) {
        ctx.addIssue({ code: 'custom', path, message: result.error.issues[0]?.message ?? '' });
      }
    }
  }
});

export type IijWorkRequestInput = z.input<typeof iijWorkRequestSchema>;
export type IijWorkRequestValues = z.output<typeof iijWorkRequestSchema>;
