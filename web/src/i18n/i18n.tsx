import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * A small i18next-like layer: one flat JSON catalog per locale and area
 * (`i18n/<locale>/<area>.json`), so each page area adds its own file without touching others.
 */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<string, string>;
const files = import.meta.glob<Catalog>('./*/*.json', { eager: true, import: 'default' });
const catalogs: Record<Locale, Record<string, Catalog>> = { fr: {}, en: {} };
for (const [path, catalog] of Object.entries(files)) {
  const [, locale, area] = /^\.\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
  if ((LOCALES as readonly string[]).includes(locale)) catalogs[locale as Locale][area] = catalog;
}

const STORAGE_KEY = 'passerelle.locale';

export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'fr' || saved === 'en') return saved;
  } catch {
    // storage may be unavailable (private mode); fall through to the browser's preference
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

function translate(locale: Locale, area: string, key: string, vars?: Record<string, string | number>): string {
  const text = catalogs[locale][area]?.[key] ?? catalogs[locale].common?.[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
}

interface I18nState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18nState>({ locale: 'en', setLocale: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): I18nState {
  return useContext(I18nContext);
}

/** `t` for one area; keys missing from the area fall back to `common`. */
export function useT(area = 'common'): Translate {
  const { locale } = useContext(I18nContext);
  return useCallback<Translate>((key, vars) => translate(locale, area, key, vars), [locale, area]);
}

export function formatDate(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A calendar day without the time, for deadlines such as a lapse or an expiry. */
export function formatDay(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));
}

export function formatMoney(locale: Locale, minor: number, currency: string): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency }).format(minor / 100);
}
