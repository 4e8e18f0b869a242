import type { z } from 'zod';

/** The zod 4 definition fields this walk reads; anything else is not looked into. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** The object schema a wrapper (default, prefault, optional, nullable, pipe) stands for, if any. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

/**
 * Dot paths of keys in `value` that the schema's objects do not have. zod drops such keys
 * silently, so a misspelt key ("sourceIP") would empty an item without a word; the render CLI
 * reports them instead.
 */
export function unknownKeys(schema: z.ZodType, value: unknown, path: string[] = []): string[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const shape = def.shape;
    return Object.entries(value).flatMap(([key, child]) =>
      Object.hasOwn(shape, key) ? unknownKeys(shape[key]!, child, [...path, key]) : [[...path, key].join('.')],
    );
  }
  if (def.type === 'array' && def.element && Array.isArray(value))
    return value.flatMap((child, i) => unknownKeys(def.element!, child, [...path, String(i)]));
  return [];
}
