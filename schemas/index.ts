import type { FormDefinition } from './form-definition';
import { vendors } from './vendors';

/** Every form the extension offers, vendor by vendor, in the order the popup lists them. */
export const forms: readonly FormDefinition[] = vendors.flatMap((vendor) => vendor.forms);

export function formById(id: string): FormDefinition | undefined {
  return forms.find((form) => form.id === id);
}
