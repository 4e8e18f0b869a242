import * as z from './zod-mini';
import { tr } from './i18n';

/** What every vendor's profile holds besides its own fields (zod/mini: profiles load at the popup's start). */
export const profileBase = {
  id: z.string().check(z.minLength(1)),
  name: z.string().check(
    z.trim(),
    z.minLength(1, { error: tr('プロファイル名を入力してください', 'Enter a profile name') }),
    z.maxLength(80, {
      error: tr('プロファイル名は80文字以内にしてください', 'Profile name must be at most 80 characters'),
    }),
  ),
  isDefault: z._default(z.boolean(), false),
  createdAt: z._default(z.string(), () => new Date().toISOString()),
  updatedAt: z._default(z.string(), () => new Date().toISOString()),
};
