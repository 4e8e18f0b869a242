import type { FormDefinition, FormEntry } from './form-definition';
import { vendors } from './vendors';

/**
 * Every form the extension offers, vendor by vendor, in the order the popup lists them — as
 * entries: id, vendor, title, channels. A form's definition (schema, fields, rules, render) is
 * its own chunk, loaded when the form is opened, so the popup's first view carries one form.
 */
export const formEntries: readonly FormEntry[] = vendors.flatMap((vendor) => vendor.forms);

export function formEntryById(id: string): FormEntry | undefined {
  return formEntries.find((entry) => entry.id === id);
}

/** The form's definition, or undefined for an id no vendor lists. */
export async function loadForm(id: string): Promise<FormDefinition | undefined> {
  return formEntryById(id)?.load();
}

/** Every form's definition, in registry order. */
export function loadAllForms(): Promise<FormDefinition[]> {
  return Promise.all(formEntries.map((entry) => entry.load()));
}
