import { browser } from 'wxt/browser';
import { say, text } from '@/schemas/i18n';
import type { ListedProfile, Profile, ProfileInput } from '@/schemas/profile';
import type { VendorId } from '@/schemas/vendors';
import { database } from './db';

/** The profile schema, loaded with zod when a profile is checked (pages that only list profiles carry neither). */
const profileSchema = () => import('@/schemas/profile').then((m) => m.loadProfileSchema());

export function newId(): string {
  return crypto.randomUUID();
}

export async function listProfiles(): Promise<Profile[]> {
  const db = await database();
  return db.profiles.orderBy('name').toArray();
}

/** Validates and saves; marking a profile default unmarks the vendor's other default. */
export async function saveProfile(input: ProfileInput): Promise<Profile> {
  const profile = (await profileSchema()).parse({ ...input, updatedAt: new Date().toISOString() });
  const db = await database();
  await db.transaction('rw', db.profiles, async () => {
    if (profile.isDefault) await clearDefault(profile.vendor, profile.id);
    await db.profiles.put(profile);
  });
  return profile;
}

export async function clearDefault(vendor: VendorId, exceptId: string): Promise<void> {
  const db = await database();
  db.profiles
    .where('vendor')
    .equals(vendor)
    .filter((p) => p.isDefault && p.id !== exceptId)
    .modify({ isDefault: false });
}

/** Saves a copy as the user's own, non-default profile (organization profiles can be copied too). */
export async function duplicateProfile(original: Profile): Promise<Profile> {
  const now = new Date().toISOString();
  const { managed: _managed, ...fields } = original as ListedProfile;
  const copy = {
    ...fields,
    id: newId(),
    name: `${original.name} ${say(text('のコピー', '(copy)'))}`,
    isDefault: false,
    createdAt: now,
    updatedAt: now,
  };
  const db = await database();
  await db.profiles.add(copy);
  return copy;
}

/** Deletes and returns the profile, so the caller can offer undo with restoreProfile. */
export async function deleteProfile(id: string): Promise<Profile | undefined> {
  const db = await database();
  return db.transaction('rw', db.profiles, async () => {
    const profile = await db.profiles.get(id);
    if (profile) await db.profiles.delete(id);
    return profile;
  });
}

export async function restoreProfile(profile: Profile): Promise<void> {
  const db = await database();
  await db.profiles.put(profile);
}

/** The default profile for a vendor: the user's default, else the first managed, else the first. */
export async function defaultProfileFor(vendor: VendorId, all?: ListedProfile[]): Promise<ListedProfile | undefined> {
  const profiles = (all ?? (await listAllProfiles())).filter((p) => p.vendor === vendor);
  return profiles.find((p) => p.isDefault && !p.managed) ?? profiles.find((p) => p.isDefault) ?? profiles[0];
}

/**
 * Profiles IT pushes through enterprise policy (storage.managed, key "profiles").
 * Invalid entries are skipped: a bad policy must not break the user's own profiles.
 */
export async function listManagedProfiles(): Promise<ListedProfile[]> {
  let raw: unknown;
  try {
    raw = (await browser.storage.managed.get('profiles')).profiles;
  } catch {
    return []; // no policy, or the browser has no managed storage
  }
  if (!Array.isArray(raw) || raw.length === 0) return [];
  const schema = await profileSchema();
  return raw.flatMap((entry, index) => {
    const parsed = schema.safeParse({ id: `managed-${index}`, ...(entry as object) });
    return parsed.success ? [{ ...parsed.data, id: `managed-${index}`, managed: true }] : [];
  });
}

export async function listAllProfiles(): Promise<ListedProfile[]> {
  const [own, managed] = await Promise.all([listProfiles(), listManagedProfiles()]);
  return [...managed, ...own];
}
