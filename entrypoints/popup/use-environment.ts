import { useMemo, useState } from 'react';
import type { Environment } from '@/schemas/environment';
import { detectClock, detectPlatform } from '@/utils/detect-environment';

/**
 * The detected environment (clock, target tab, OS and browser) with the user's corrections on
 * top. The clock and tab come first; platform detection (UA Client Hints) streams in after.
 */
export function useEnvironment(now: Date) {
  const [detected, setDetected] = useState<Partial<Environment>>(() => detectClock(now));
  const [edits, setEdits] = useState<Partial<Environment>>({});
  const [detecting, setDetecting] = useState(true);
  const environment = useMemo(() => ({ ...detected, ...edits }), [detected, edits]);

  return {
    environment,
    edited: useMemo(() => new Set(Object.keys(edits)), [edits]),
    detecting,
    /** The target tab's URL and title, known before the first view. */
    setTab: (tab: Partial<Environment>) => setDetected((e) => ({ ...e, ...tab })),
    /** Platform detection, after the first view. */
    async detectPlatform(tab: Partial<Environment>) {
      setDetected({ ...detectClock(now), ...tab, ...(await detectPlatform().catch(() => ({}))) });
      setDetecting(false);
    },
    edit: (key: keyof Environment, value: string) => setEdits((e) => ({ ...e, [key]: value })),
  };
}
