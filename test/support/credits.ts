import { randomUUID } from 'node:crypto';
import { WalletService } from '../../src/credits/wallet.service';
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

/**
 * One spend of `credits`. `inCallerTransaction` runs it inside a transaction opened by the test
 * (as the unlock route will), which bypasses WalletService's in-process per-wallet queue: only
 * the database row lock then serialises concurrent spends.
 */
export function spendOnce(
  t: TestApp,
  orgId: string,
  associationId: string,
  credits = 1,
  revenueShareBps = 8000,
  inCallerTransaction = false,
) {
  const reference = randomUUID();
  const input = {
    orgId,
    credits,
    associationId,
    revenueShareBps,
    kind: 'unlock' as const,
    referenceId: reference,
    idempotencyKey: `unlock:${reference}`,
  };
  const wallet = t.app.get(WalletService);
  return inCallerTransaction ? t.dataSource.transaction((m) => wallet.spend(m, input)) : wallet.spend(undefined, input);
}
