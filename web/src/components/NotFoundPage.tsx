import { Link } from 'react-router';
import { useT } from '../i18n/i18n';
import { PageTitle } from './PageTitle';

export function NotFoundPage() {
  const t = useT();
  return (
    <section>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
