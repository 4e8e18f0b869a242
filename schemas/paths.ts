/**
 * Form values are nested objects addressed by dot paths ('tasks.t1.reason'). These helpers
 * work on any input, validated or not: rules and the popup read drafts as typed.
 */
export type Values = Record<string, unknown>;

/** The value at a dot path ('env.osVersion') of a draft, or undefined. */
export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A draft's text at a path, '' when absent or not text (rules read unvalidated drafts). */
export const textAt = (values: unknown, path: string): string => {
  const value = valueAt(values, path);
  return typeof value === 'string' ? value : '';
};

/** A copy of `values` with `value` at `path`; objects along the way are copied, never mutated. */
export function withValueAt(values: Values, path: string, value: unknown): Values {
  const [key = '', ...rest] = path.split('.');
  if (rest.length === 0) return { ...values, [key]: value };
  const child = values[key];
  const inner = typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Values) : {};
  return { ...values, [key]: withValueAt(inner, rest.join('.'), value) };
}
