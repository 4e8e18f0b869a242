import * as z from './zod-mini';
import { tr } from './i18n';
import { findUnsafeText, hasVisibleCharacter, unsafeCharacterMessage } from './text-hygiene';
import { vendors } from './vendors';

/**
 * A profile: what a vendor asks for on every ticket, saved once. Each vendor declares its own
 * shape (schemas/vendors/<vendor>/profile.ts); the union is told apart by `vendor`. Managed
 * profiles come from enterprise policy and are read-only. The vendors' schemas load on the first
 * check of a profile (saving, importing, reading policy), not with the pages that only list them.
 */
type VendorProfileSchema = Awaited<ReturnType<(typeof vendors)[number]['profile']['loadSchema']>>;

async function buildProfileSchema() {
  const vendorProfileSchemas = (await Promise.all(vendors.map((vendor) => vendor.profile.loadSchema()))) as [
    VendorProfileSchema,
    ...VendorProfileSchema[],
  ];
  return z
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
}

let profileSchema: ReturnType<typeof buildProfileSchema> | undefined;

/** The profile schema: every vendor's, told apart by `vendor`, with the text hygiene every profile gets. */
export function loadProfileSchema(): ReturnType<typeof buildProfileSchema> {
  profileSchema ??= buildProfileSchema();
  return profileSchema;
}

function vendorList(): string {
  return vendors.map((vendor) => vendor.id).join(' / ');
}

export type Profile = z.infer<VendorProfileSchema>;
export type ProfileInput = z.input<VendorProfileSchema>;

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
