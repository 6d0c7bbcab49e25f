import { DomainError } from '../common/domain-error';

export type AccessErrorCode = 'access_request_closed' | 'conflict';

export class AccessError extends DomainError<AccessErrorCode> {}
