import { fujitsuEmptyMailMeta } from './listing';
import { defineForm } from '../../form-definition';
import { example } from './example';
import { defaults, fields } from './fields';
import { render } from './render';
import { rules } from './rules';
import { fujitsuEmptyMailSchema } from './schema';
import { delivery } from './target';

export { acceptanceChecks, acceptanceMatrix, acceptanceOutcome } from './rules';

export const fujitsuEmptyMail = defineForm({
  ...fujitsuEmptyMailMeta,
  schema: fujitsuEmptyMailSchema,
  fields,
  defaults,
  rules,
  render,
  // Seed 004: the body is empty; the reception number in the subject is all SupportDesk reads.
  takesText: false,
  delivery,
  example,
});
