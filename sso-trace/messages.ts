import * as z from '@/schemas/zod-mini';
import { message } from '@/schemas/messages';

const originPattern = z.string().check(z.regex(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/), z.maxLength(300));

/**
 * 「SSOの動作を記録」: the popup asked for the permissions (a user gesture is needed) and tells
 * the background what to watch and which of those grants were new, to give them back at the end.
 */
export const ssoStartMessage = message('sso/start', {
  origins: z.array(originPattern).check(z.minLength(1), z.maxLength(20)),
  grantedOrigins: z.array(originPattern).check(z.maxLength(20)),
  grantedWebRequest: z.boolean(),
});
export const ssoStopMessage = message('sso/stop', {});
export const ssoStatusMessage = message('sso/status', {});

export interface SsoRecordingStatus {
  recording: boolean;
  traceId?: string;
  /** ISO instant the recording stops by itself. */
  until?: string;
}
