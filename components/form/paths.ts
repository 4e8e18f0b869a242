/** Form values are nested objects addressed by dot paths ('tasks.reissuePassword.reason'). */
export type Values = Record<string, unknown>;

export function getAt(values: Values, path: string): unknown {
  let node: unknown = values;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Values)[key];
  }
  return node;
}

/** A copy of `values` with `value` at `path`; objects along the way are copied, never mutated. */
export function setAt(values: Values, path: string, value: unknown): Values {
  const [key = '', ...rest] = path.split('.');
  if (rest.length === 0) return { ...values, [key]: value };
  const child = values[key];
  const inner = typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Values) : {};
  return { ...values, [key]: setAt(inner, rest.join('.'), value) };
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
