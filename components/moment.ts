import { getLocale } from '@/schemas/i18n';
import { describeJstInstant } from '@/schemas/jst';

/** An ISO instant as every screen of the extension shows it: '2026年11月24日(火) 10:15'. */
export const momentText = (iso: string): string => describeJstInstant(new Date(iso), getLocale());
