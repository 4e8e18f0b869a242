import { z } from 'zod';
import { tr } from './i18n';

/** What every vendor's profile holds besides its own fields. */
export const profileBase = {
  id: z.string().min(1),
  name: z
    .string()
    .trim()
    .min(1, { error: tr('プロファイル名を入力してください', 'Enter a profile name') })
    .max(80, { error: tr('プロファイル名は80文字以内にしてください', 'Profile name must be at most 80 characters') }),
  isDefault: z.boolean().default(false),
  createdAt: z.string().default(() => new Date().toISOString()),
  updatedAt: z.string().default(() => new Date().toISOString()),
};
