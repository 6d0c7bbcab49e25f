import { randomUUID } from 'node:crypto';
import { WalletService } from '../../src/wallet/wallet.service';
import { bearer, TestApp } from './test-app';

export function grantCredits(
  t: TestApp,
  orgId: string,
  body: { credits: number; amountPaidMinor?: number; currency?: string; expiresAt?: string; reason?: string },
  idempotencyKey?: string,
) {
  const req = t.http().post(`/v1/recruiter-orgs/${orgId}/credit-grants`).set(bearer(t.adminKey));
  if (idempotencyKey) req.set('idempotency-key', idempotencyKey);
  return req.send({ amountPaidMinor: 0, reason: 'test grant', ...body });
}

export function spendOnce(t: TestApp, orgId: string, associationId: string, credits = 1, revenueShareBps = 8000) {
  const reference = randomUUID();
  return t.app.get(WalletService).spend(undefined, {
    orgId,
    credits,
    associationId,
    revenueShareBps,
    kind: 'unlock',
    referenceId: reference,
    idempotencyKey: `unlock:${reference}`,
  });
}
