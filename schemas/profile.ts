import * as z from './zod-mini';
import { tr } from './i18n';
import { findUnsafeText, hasVisibleCharacter, unsafeCharacterMessage } from './text-hygiene';
import { vendors } from './vendors';

/**
 * A profile: what a vendor asks for on every ticket, saved once. Each vendor declares its own
 * shape (schemas/vendors/<vendor>/profile.ts); the union is told apart by `vendor`. Managed
 * profiles come from enterprise policy and are read-only.
 */
type ProfileSchema = (typeof vendors)[number]['profile']['schema'];
const vendorProfileSchemas = vendors.map((vendor) => vendor.profile.schema) as unknown as [
  ProfileSchema,
  ...ProfileSchema[],
];

export const profileSchema = z
  .discriminatedUnion('vendor', vendorProfileSchemas, {
    error: () => tr(`ベンダーの種類(${vendorList()})が正しくありません`, `Unknown vendor (${vendorList()})`)(),
  })
  .check(
    z.superRefine((profile, ctx) => {
      // Text hygiene for every field, wherever the profile comes from (editor, import, policy).
      for (const { path, found } of findUnsafeText(profile))
        ctx.addIssue({ code: 'custom', path, message: unsafeCharacterMessage(found) });
      if (!hasVisibleCharacter(profile.name))
        ctx.addIssue({
          code: 'custom',
          path: ['name'],
          message: tr(
            'プロファイル名には目に見える文字を入れてください',
            'The profile name needs at least one visible character',
          )(),
        });
    }),
  );

function vendorList(): string {
  return vendors.map((vendor) => vendor.id).join(' / ');
}

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/** A profile as the options page lists it: the user's own, or pushed by the organization. */
export type ListedProfile = Profile & { managed?: boolean };

/** Profiles exported to a file, and what an import accepts. */
export const PROFILE_EXPORT_FORMAT = 'support-ticket-helper/profiles';
const notAnExport = tr(
  'このファイルはプロファイルのエクスポートファイルではありません',
  'This file is not a profile export',
);
export const profileExportSchema = z.object(
  {
    format: z.literal(PROFILE_EXPORT_FORMAT, { error: notAnExport }),
    version: z.literal(1, { error: tr('対応していないファイルのバージョンです', 'Unsupported file version') }),
    exportedAt: z.optional(z.string()),
    profiles: z.array(z.unknown(), { error: tr('profiles の一覧がありません', 'The file has no profiles list') }),
  },
  { error: notAnExport },
);
