import { ERROR_CATALOG, ErrorCode } from './error-catalog';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failure the caller can act on. Features subclass it with their own code union
 * (`class WalletError extends DomainError<WalletErrorCode>`); the problem filter maps the code
 * to an HTTP status through ERROR_CATALOG.
 */
export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly detail?: string,
    readonly extra?: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown },
  ) {
    super(detail ?? ERROR_CATALOG[code].title);
    this.name = new.target.name;
  }

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }
}

export class NotFoundError extends DomainError<'not_found'> {
  constructor(resource: string) {
    super('not_found', `${resource} not found`);
  }
}
