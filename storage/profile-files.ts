import type * as z from 'zod/mini';
import { say, text } from '@/schemas/i18n';
import { loadProfileSchema, profileExportSchema, PROFILE_EXPORT_FORMAT, type Profile } from '@/schemas/profile';
import { profileFieldLabel } from '@/schemas/profile-fields';
import { database } from './db';
import { clearDefault } from './profiles';

/** Profiles to and from a file (options 「エクスポート」 and 「インポート」): every entry is checked before anything is written. */

export function exportProfiles(profiles: Profile[], now = new Date()): string {
  return JSON.stringify(
    { format: PROFILE_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), profiles },
    null,
    2,
  );
}

export interface ImportPlan {
  profiles: Profile[];
  added: Profile[];
  replaced: { before: Profile; after: Profile }[];
}

export type ImportCheck = { ok: true; plan: ImportPlan } | { ok: false; errors: string[] };

/** Largest import file accepted, in bytes (UTF-8): well above our own export of 10,000 profiles (≈ 4 MB). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/**
 * Reads an export file and says what importing it would do, without touching the database.
 * Every problem is reported with its entry number, profile name and field.
 */
export async function checkImport(fileText: string): Promise<ImportCheck> {
  const bytes = new TextEncoder().encode(fileText).length;
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      errors: [
        say(
          text(
            `ファイルが大きすぎます(${mb(bytes)} MB。${mb(MAX_IMPORT_BYTES)} MB まで)`,
            `The file is too large (${mb(bytes)} MB; ${mb(MAX_IMPORT_BYTES)} MB at most)`,
          ),
        ),
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { ok: false, errors: [say(text('JSON として読めないファイルです', 'The file is not valid JSON'))] };
  }
  const envelope = profileExportSchema.safeParse(json);
  if (!envelope.success) return { ok: false, errors: envelope.error.issues.map((i) => i.message) };

  const errors: string[] = [];
  const profiles: Profile[] = [];
  const seen = new Set<string>();
  const profileSchema = await loadProfileSchema();
  envelope.data.profiles.forEach((entry, index) => {
    const where = entryName(index, entry);
    const parsed = profileSchema.safeParse(entry);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => `${where} · ${fieldName(entry, issue)}: ${issue.message}`));
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push(`${where} · id: ${say(text('同じ id が複数あります', 'duplicate id'))} (${parsed.data.id})`);
      return;
    }
    seen.add(parsed.data.id);
    profiles.push(parsed.data);
  });
  const defaults = new Map<string, number>();
  for (const p of profiles) if (p.isDefault) defaults.set(p.vendor, (defaults.get(p.vendor) ?? 0) + 1);
  for (const [vendor, count] of defaults) {
    if (count > 1)
      errors.push(
        say(
          text(
            `既定のプロファイルが ${vendor} に ${count} 件あります(1件まで)`,
            `${count} default profiles for ${vendor} (one at most)`,
          ),
        ),
      );
  }
  if (errors.length) return { ok: false, errors };

  const db = await database();
  const existing = await db.profiles.bulkGet(profiles.map((p) => p.id));
  const added: Profile[] = [];
  const replaced: ImportPlan['replaced'] = [];
  profiles.forEach((after, i) => {
    const before = existing[i];
    if (before) replaced.push({ before, after });
    else added.push(after);
  });
  return { ok: true, plan: { profiles, added, replaced } };
}

/** Applies a checked import in one transaction: all profiles land, or none. */
export async function applyImport(plan: ImportPlan): Promise<void> {
  const db = await database();
  await db.transaction('rw', db.profiles, async () => {
    for (const vendor of new Set(plan.profiles.filter((p) => p.isDefault).map((p) => p.vendor))) {
      const newDefault = plan.profiles.find((p) => p.vendor === vendor && p.isDefault)!;
      await clearDefault(vendor, newDefault.id);
    }
    await db.profiles.bulkPut(plan.profiles);
  });
}

function entryName(index: number, entry: unknown): string {
  const name =
    typeof entry === 'object' && entry && 'name' in entry && typeof entry.name === 'string' ? entry.name : '';
  const n = say(text(`${index + 1}件目`, `Entry ${index + 1}`));
  return name ? `${n}「${name}」` : n;
}

function fieldName(entry: unknown, issue: z.core.$ZodIssue): string {
  const key = String(issue.path[0] ?? '');
  const vendor = typeof entry === 'object' && entry && 'vendor' in entry ? String(entry.vendor) : '';
  const label = profileFieldLabel(vendor, key);
  const rest = issue.path
    .slice(1)
    .map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`))
    .join('');
  return label ? `${say(label)}${rest}` : key ? `${key}${rest}` : say(text('全体', 'entry'));
}
