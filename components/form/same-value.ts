/** Whether two form values are the same (values are JSON: strings, booleans, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
