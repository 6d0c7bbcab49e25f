import { DomainError } from '../common/domain-error';

export type AlumniErrorCode =
  | 'consent_requires_searchable'
  | 'unknown_terms_version'
  | 'invalid_magic_link'
  | 'validation_failed'
  | 'payload_too_large'
  | 'unsupported_media_type';

export class AlumniError extends DomainError<AlumniErrorCode> {}
