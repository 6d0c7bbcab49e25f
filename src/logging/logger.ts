import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import { LogLevel } from '../config/app-config';
import { redactSecrets } from './redact';

/** Writes each serialised JSON line to `target` after scrubbing secrets and personal data. */
export function redactingStream(target: { write(line: string): unknown } = process.stdout): DestinationStream {
  return { write: (line: string) => void target.write(redactSecrets(line)) };
}

export function createRootLogger(level: LogLevel, stream: DestinationStream = redactingStream()): Logger {
  return pino(
    {
      level,
      base: { service: 'passerelle' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Structured fields that may hold credentials are dropped by path before the text scrub.
      redact: {
        paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'apiKey', 'token', 'password'],
        censor: '[redacted]',
      },
    },
    stream,
  );
}

/** Routes Nest's own log calls into the same JSON logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
