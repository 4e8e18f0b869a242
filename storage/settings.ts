import type * as z from '@/schemas/zod-mini';
import { database } from './db';
import type { settingSchemas } from './setting-schemas';

/** Typed settings over the `settings` table; each key's schema and default are in setting-schemas.ts. */
export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const [db, { settingSchemas }] = await Promise.all([database(), import('./setting-schemas')]);
  const row = await db.settings.get(key);
  const parsed = settingSchemas[key].safeParse(row?.value);
  return (parsed.success ? parsed.data : settingSchemas[key].parse(undefined)) as SettingValue<K>;
}

/** Validates and saves; throws a ZodError with messages in the user's language. */
export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
  const [db, { settingSchemas }] = await Promise.all([database(), import('./setting-schemas')]);
  const parsed = settingSchemas[key].parse(value);
  await db.settings.put({ key, value: parsed });
}
