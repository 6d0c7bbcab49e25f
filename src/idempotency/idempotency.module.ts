import { Global, Module } from '@nestjs/common';
import { IdempotencyKeyPurger, IdempotencyService } from './idempotency.service';

@Global()
@Module({ providers: [IdempotencyService, IdempotencyKeyPurger], exports: [IdempotencyService] })
export class IdempotencyModule {}
