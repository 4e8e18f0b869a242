import { isListField, type VendorDefinition } from './define';

type JsonSchema = Record<string, unknown>;

const accountTypes = ['shared', 'personal'];

/**
 * Chrome's managed-storage schema (storage.managed_schema): IT pushes read-only profiles with
 * the policy key "profiles". Written at build time from the vendor registry, so every vendor's
 * profile fields are in it without a hand-kept copy.
 */
export function managedStorageSchema(vendors: readonly VendorDefinition[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    vendor: { type: 'string', enum: vendors.map((vendor) => vendor.id) },
    name: { type: 'string' },
    isDefault: { type: 'boolean' },
  };
  for (const field of vendors.flatMap((vendor) => vendor.profile.fields)) {
    properties[field.key] = isListField(field)
      ? { type: 'array', items: { type: 'string' } }
      : field.kind === 'accountType'
        ? { type: 'string', enum: accountTypes }
        : { type: 'string' };
  }
  return {
    type: 'object',
    properties: {
      profiles: {
        title: 'Organization profiles',
        description: `Profiles shown read-only to every user: objects with vendor (${vendors.map((v) => v.id).join(' | ')}), name and that vendor's fields.`,
        type: 'array',
        items: { type: 'object', properties },
      },
    },
  };
}
