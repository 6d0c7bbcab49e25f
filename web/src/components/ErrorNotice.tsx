import { useT } from '../i18n/i18n';

export function ErrorNotice({ message }: { message?: string }) {
  const t = useT();
  return (
    <p role="alert" className="notice notice-error">
      {message ?? t('genericError')}
    </p>
  );
}
