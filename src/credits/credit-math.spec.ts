import fc from 'fast-check';
import { associationShare, creditsVoidedByRefund, releasedValue } from './credit-math';

describe('credit math', () => {
  it('releases 333, 333, 334 for 3 credits bought for 1000', () => {
    const released = [0, 1, 2, 3].map((gone) => releasedValue(1000, 3, gone));
    expect(released.slice(1).map((r, i) => r - released[i])).toEqual([333, 333, 334]);
  });

  it('releases exactly what was paid, in non-decreasing steps, whatever the split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (paid, granted) => {
        expect(releasedValue(paid, granted, granted)).toBe(paid);
        expect(releasedValue(paid, granted, 0)).toBe(0);
        const mid = Math.floor(granted / 2);
        expect(releasedValue(paid, granted, mid)).toBeLessThanOrEqual(releasedValue(paid, granted, Math.min(granted, mid + 1)));
      }),
    );
  });

  it('rounds the association share down and stays exact on large amounts', () => {
    expect(associationShare(333, 8000)).toBe(266);
    expect(associationShare(9_007_199_254_740, 9999)).toBe(9_006_298_534_814);
  });

  it('voids refunded credits rounding up, all of them on a full refund', () => {
    expect(creditsVoidedByRefund(1000, 10, 0)).toBe(0);
    expect(creditsVoidedByRefund(1000, 10, 1)).toBe(1);
    expect(creditsVoidedByRefund(1000, 10, 300)).toBe(3);
    expect(creditsVoidedByRefund(1000, 10, 1000)).toBe(10);
    expect(creditsVoidedByRefund(1000, 3, 334)).toBe(2);
  });
});
