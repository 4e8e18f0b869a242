import type { FormDefinition } from './form-definition';
import { fujitsuEmptyMail } from './forms/fujitsu-empty-mail';
import { iijLoginInquiry } from './forms/iij-login-inquiry';
import { iijOtherInquiry } from './forms/iij-other-inquiry';
import { iijWorkRequest } from './forms/iij-work-request';
import { pentioRequest } from './forms/pentio-request';

/**
 * The registry: every form the extension offers, in the order the popup lists them. Each form's
 * own values type is erased here, because the machinery that reads the list handles any form.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- erasing each form's values type is the point of the registry
const registered: FormDefinition<any>[] = [iijLoginInquiry, iijOtherInquiry, iijWorkRequest, pentioRequest, fujitsuEmptyMail];

export const forms: readonly FormDefinition[] = registered;

export function formById(id: string): FormDefinition | undefined {
  return forms.find((form) => form.id === id);
}
