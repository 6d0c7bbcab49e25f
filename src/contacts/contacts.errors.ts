import { DomainError } from '../common/domain-error';

export type ContactErrorCode = 'not_contactable' | 'contact_request_open' | 'contact_request_not_open' | 'contact_cap_reached';

export class ContactError extends DomainError<ContactErrorCode> {}
