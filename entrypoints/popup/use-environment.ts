import { useState } from 'react';
import type { Environment } from '@/schemas/environment';
import { detectClock, detectPlatform } from '@/utils/detect-environment';

/**
 * The detected environment (clock, target tab, OS and browser). The clock and tab come first;
 * platform detection (UA Client Hints) streams in after. Corrections are made in the form's own
 * fields, the one place these values live.
 */
export function useEnvironment(now: Date) {
  const [environment, setDetected] = useState<Partial<Environment>>(() => detectClock(now));
  const [detecting, setDetecting] = useState(true);

  return {
    environment,
    detecting,
    /** The target tab's URL and title, known before the first view. */
    setTab: (tab: Partial<Environment>) => setDetected((e) => ({ ...e, ...tab })),
    /** Platform detection, after the first view. */
    async detectPlatform(tab: Partial<Environment>) {
      setDetected({ ...detectClock(now), ...tab, ...(await detectPlatform().catch(() => ({}))) });
      setDetecting(false);
    },
  };
}
