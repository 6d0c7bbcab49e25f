import { DomainError } from '../common/domain-error';

export type AssociationErrorCode = 'slug_taken' | 'admin_only_field';

export class AssociationError extends DomainError<AssociationErrorCode> {}
