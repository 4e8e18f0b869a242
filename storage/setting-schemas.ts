import * as z from '@/schemas/zod-mini';
import { tr } from '@/schemas/i18n';

/*
 * Each setting's zod schema with its default; a stored value that no longer parses (an older
 * version, a hand edit) reads as the default. storage/settings.ts loads this on the first read or
 * write of a setting, so a page's first view carries no zod.
 */

/** A retention period in whole days; `what` names the kept thing in the English messages. */
const days = (what: string, fallback: number) =>
  z._default(
    z
      .number({ error: tr('日数を数字で入力してください', 'Enter a number of days') })
      .check(
        z.refine(Number.isInteger, { error: tr('日数は整数で入力してください', 'Use a whole number of days') }),
        z.gte(1, { error: tr('保存期間は1日以上にしてください', `Keep ${what} for at least 1 day`) }),
        z.lte(3650, { error: tr('保存期間は3650日以下にしてください', `Keep ${what} for at most 3650 days`) }),
      ),
    fallback,
  );

export const settingSchemas = {
  /** Composite the URL + JST time band onto captures. */
  'capture.stamp': z._default(z.boolean(), true),
  /** Captures older than this many days are removed automatically. */
  'capture.retentionDays': days('captures', 30),
  /** History rows (texts sent, page URLs) older than this many days are removed automatically. */
  'history.retentionDays': days('history', 90),
  /** The incident the popup opens on (storage/incidents.ts); empty until the first one. */
  'incident.current': z._default(z.string(), ''),
  /** The popup's first-run panel was put off with 「あとで」. */
  'firstRun.dismissed': z._default(z.boolean(), false),
  /** JPEG quality used when a capture is too large for PNG (0.5–1). */
  'capture.quality': z._default(
    z
      .number()
      .check(
        z.gte(0.5, { error: tr('画質は0.5以上にしてください', 'Quality must be at least 0.5') }),
        z.lte(1, { error: tr('画質は1以下にしてください', 'Quality must be at most 1') }),
      ),
    0.85,
  ),
};
