import { DomainError } from '../common/domain-error';

export type ApiKeyErrorCode = 'scope_escalation' | 'api_key_revoked' | 'validation_failed';

export class ApiKeyError extends DomainError<ApiKeyErrorCode> {}
