import { DomainError } from '../common/domain-error';

export type WalletErrorCode = 'insufficient_credits' | 'wallet_frozen' | 'hold_not_open' | 'hold_exists' | 'idempotency_key_reused';

export class WalletError extends DomainError<WalletErrorCode> {}
