import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Loading } from './Loading';

export function SiteLayout() {
  const t = useT();
  const { pathname } = useLocation();
  useEffect(() => {
    // After a client-side navigation, move focus to the new page's content for keyboard and screen-reader users.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Passerelle
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <a href="/docs">{t('apiDocs')}</a>
      </footer>
    </>
  );
}
