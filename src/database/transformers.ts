import { ValueTransformer } from 'typeorm';

/**
 * node-postgres returns bigint as a string; this maps it to a number and refuses values
 * outside the safe-integer range instead of silently losing precision.
 */
export const bigintTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : toSafeInteger(value)),
};

export function toSafeInteger(value: string | number | bigint): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`integer out of safe range: ${String(value)}`);
  return n;
}
