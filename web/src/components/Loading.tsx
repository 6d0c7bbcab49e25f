import { useT } from '../i18n/i18n';

export function Loading() {
  const t = useT();
  return (
    <p role="status" className="muted">
      {t('loading')}
    </p>
  );
}
