import type { Locale } from '../../i18n/i18n';

const tag = (locale: Locale) => (locale === 'fr' ? 'fr-FR' : 'en-GB');

/** Minor units of `currency` as money in the locale, with the currency's own number of decimals. */
export function money(locale: Locale, minor: number, currency: string): string {
  const format = new Intl.NumberFormat(tag(locale), { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

export function count(locale: Locale, n: number): string {
  return new Intl.NumberFormat(tag(locale)).format(n);
}

/** A change against the previous period, as a signed percentage (null when there is nothing to compare with). */
export function change(locale: Locale, now: number, before: number): string | null {
  if (before === 0) return null;
  return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
    (now - before) / before,
  );
}

/** A local calendar date (YYYY-MM-DD) shown in the locale; `month` shows only month and year. */
export function day(locale: Locale, date: string, month = false): string {
  const options: Intl.DateTimeFormatOptions = month
    ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(tag(locale), options).format(new Date(`${date}T00:00:00Z`));
}
