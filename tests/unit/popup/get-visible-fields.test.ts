import { describe, expect, it } from 'vitest';
import { getVisibleFields } from '@/components/form/get-visible-fields';
import { testForm } from './test-form';

const paths = (values: Record<string, unknown>) => getVisibleFields(testForm.fields, values).map((f) => f.path);

describe('getVisibleFields', () => {
  it('hides a conditional item until its condition holds', () => {
    expect(paths({ product: 'other' })).not.toContain('m365Detail');
    expect(paths({ product: 'm365' })).toContain('m365Detail');
  });

  it('keeps every unconditional field, in definition order', () => {
    const all = testForm.fields.map((f) => f.path);
    expect(paths({ product: 'm365' })).toEqual(all);
    expect(paths({})).toEqual(all.filter((p) => p !== 'm365Detail'));
  });
});
