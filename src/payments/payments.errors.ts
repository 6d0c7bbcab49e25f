import { DomainError } from '../common/domain-error';

export type PaymentsErrorCode =
  'payments_not_configured' | 'payment_provider_error' | 'webhook_signature_invalid' | 'webhook_event_invalid';

export class PaymentsError extends DomainError<PaymentsErrorCode> {}
