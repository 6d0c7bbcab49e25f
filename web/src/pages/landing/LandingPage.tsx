import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/i18n';

export default function LandingPage() {
  const t = useT('landing');
  const [params] = useSearchParams();
  return (
    <section className="landing">
      {params.get('erased') && (
        <p role="status" className="notice">
          {t('erased')}
        </p>
      )}
      <PageTitle>{t('title')}</PageTitle>
      <p className="lead">{t('lead')}</p>
      <ul className="points">
        <li>{t('point.alumni')}</li>
        <li>{t('point.associations')}</li>
        <li>{t('point.recruiters')}</li>
      </ul>
      <p className="muted">{t('signInHint')}</p>
      <p className="actions">
        <Link className="button" to="/sign-in">
          {t('signIn')}
        </Link>
        <a className="button button-secondary" href="/docs">
          {t('docs')}
        </a>
      </p>
    </section>
  );
}
