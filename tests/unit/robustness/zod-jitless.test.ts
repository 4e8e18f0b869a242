import { expect, it, vi } from 'vitest';
import { z } from '@/schemas/zod';

// Every schema imports zod through schemas/zod.ts or zod-mini.ts (ESLint refuses a direct import).
it('zod validates without its `new Function` probe, which an extension page’s CSP reports as a violation', () => {
  const probe = vi.spyOn(globalThis, 'Function');
  expect(z.object({ subject: z.string() }).parse({ subject: '件名' })).toEqual({ subject: '件名' });
  expect(probe).not.toHaveBeenCalled();
});
