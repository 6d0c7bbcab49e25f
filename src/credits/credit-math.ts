/**
 * Value released by a lot after `gone` of its `granted` credits were consumed or expired:
 * floor(amountPaid × gone / granted). Each movement releases the difference from the previous
 * value, so a lot used up releases exactly what was paid for it (3 credits for 1000 release
 * 333, 333, 334) and no rounded per-credit price is ever stored. BigInt keeps the product exact.
 */
export function releasedValue(amountPaidMinor: number, granted: number, gone: number): number {
  if (gone < 0 || gone > granted) throw new Error(`gone ${gone} outside 0..${granted}`);
  return Number((BigInt(amountPaidMinor) * BigInt(gone)) / BigInt(granted));
}

/** The association's share of a gross amount, rounded down; the platform keeps the rest. */
export function associationShare(grossMinor: number, revenueShareBps: number): number {
  return Number((BigInt(grossMinor) * BigInt(revenueShareBps)) / 10_000n);
}

/** Credits a cumulative refund of `refundedMinor` out of `amountPaidMinor` voids: ceil(granted × refunded / paid). */
export function creditsVoidedByRefund(amountPaidMinor: number, granted: number, refundedMinor: number): number {
  if (refundedMinor <= 0) return 0;
  if (amountPaidMinor <= 0 || refundedMinor >= amountPaidMinor) return granted;
  const num = BigInt(granted) * BigInt(refundedMinor);
  const den = BigInt(amountPaidMinor);
  return Number((num + den - 1n) / den);
}
