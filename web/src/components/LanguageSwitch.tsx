import { useLocale, useT } from '../i18n/i18n';

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  const other = locale === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" className="link-button" lang={other} onClick={() => setLocale(other)} aria-label={t('switchLanguage')}>
      {other === 'fr' ? 'Français' : 'English'}
    </button>
  );
}
