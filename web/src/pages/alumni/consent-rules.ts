import type { Me } from './MeContext';

/** Consent lapses 24 months after it was last given or confirmed; the prompt shows 30 days before. */
const LAPSE_MONTHS = 24;
const PROMPT_DAYS = 30;

export function lapseDate(me: Me): Date | null {
  // The server counts from the later of the two (greatest(consent_given_at, last_confirmed_at)).
  const times = [me.lastConfirmedAt, me.consent.givenAt].filter((d): d is string => !!d).map((d) => new Date(d).getTime());
  if (times.length === 0) return null;
  const date = new Date(Math.max(...times));
  date.setUTCMonth(date.getUTCMonth() + LAPSE_MONTHS);
  return date;
}

export function needsReconfirmation(me: Me, now = new Date()): boolean {
  const { consent } = me;
  if (!consent.searchable && !consent.unlockable && !consent.contactable) return false;
  if (consent.lapsed) return true;
  const lapse = lapseDate(me);
  return lapse !== null && lapse.getTime() - now.getTime() < PROMPT_DAYS * 86_400_000;
}
