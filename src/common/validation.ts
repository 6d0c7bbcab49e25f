import { ArgumentMetadata, ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import { DomainError, FieldError } from './domain-error';

/** Flattens class-validator's tree into `{ field: 'a.b[0].c', message }` entries. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ field, message: message.replace(/^property (\S+) should not exist$/, 'unknown field') });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

export function validationProblem(errors: FieldError[]): DomainError {
  const fields = [...new Set(errors.map((e) => e.field))];
  return new DomainError('validation_failed', `Invalid field(s): ${fields.join(', ')}`, { errors });
}

/**
 * Recognises the plainly valid values of a class and builds from them the instance the global
 * pipe would return; answers undefined for anything else, which the pipe then validates (and
 * refuses with its own errors). Registered by the class's module with registerPrecheck.
 */
export type Precheck<T> = (value: unknown) => T | undefined;

const prechecks = new Map<unknown, Precheck<object>>();

/** A hot route's query or body class gets a precheck; its test compares it with the pipe. */
export function registerPrecheck<T extends object>(type: new () => T, precheck: Precheck<T>): void {
  prechecks.set(type, precheck);
}

/**
 * The global ValidationPipe, except that a value a registered precheck accepts is returned as the
 * precheck built it: class-transformer and class-validator were the largest framework cost of a
 * search request. Every refusal still comes from the pipe, so errors are unchanged.
 */
class PrecheckedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const precheck = metadata.metatype ? prechecks.get(metadata.metatype) : undefined;
    return precheck?.(value) ?? super.transform(value, metadata);
  }
}

/** The global pipe's options (tests build the pipe without prechecks from them). */
export const VALIDATION_PIPE_OPTIONS: Readonly<ValidationPipeOptions> = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
};

export function createValidationPipe(): ValidationPipe {
  return new PrecheckedValidationPipe(VALIDATION_PIPE_OPTIONS);
}
