import { expect, it, vi } from 'vitest';
import { z } from 'zod';
import '@/schemas/i18n';

it('zod validates without its `new Function` probe, which an extension page’s CSP reports as a violation', () => {
  const probe = vi.spyOn(globalThis, 'Function');
  expect(z.object({ subject: z.string() }).parse({ subject: '件名' })).toEqual({ subject: '件名' });
  expect(probe).not.toHaveBeenCalled();
});
