import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { CredentialRegistry } from './credential-registry';

@Global()
@Module({
  providers: [CredentialRegistry, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [CredentialRegistry],
})
export class AuthModule {}
