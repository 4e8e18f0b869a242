import type { Delivery, FormDefinition } from '../../schemas/form-definition';

export type MailDelivery = Extract<Delivery<unknown>, { kind: 'mail' }>;

/** How a form goes by mail (mailto / .eml), if it does. */
export function mailDeliveryOf(form: FormDefinition): MailDelivery | undefined {
  return (form.delivery as Delivery<unknown>[]).find((d): d is MailDelivery => d.kind === 'mail');
}
