import { loadAllForms } from './catalog';
import type { FormDefinition } from './form-definition';

/**
 * Every form's definition, loaded at once: for the render CLI and tests. Extension pages list
 * forms from schemas/catalog.ts and load a definition when it is opened.
 */
export const forms: readonly FormDefinition[] = await loadAllForms();

export function formById(id: string): FormDefinition | undefined {
  return forms.find((form) => form.id === id);
}
