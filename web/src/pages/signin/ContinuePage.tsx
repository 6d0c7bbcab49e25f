import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { continueWithToken, currentSession } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/i18n';
import { takeReturnPath } from './return-path';

function tokenFromHash(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  return params.get('token');
}

/**
 * The page a mailed link opens. Mail scanners follow links with GET, so opening it consumes
 * nothing: only the Continue button's POST does.
 */
export default function ContinuePage() {
  const t = useT('signin');
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const [state, setState] = useState<'idle' | 'busy' | 'invalid'>('idle');

  async function proceed() {
    if (!token) return;
    setState('busy');
    const result = await continueWithToken(token).catch(() => 'invalid' as const);
    if (result !== 'ok') return setState('invalid');
    // Forget the token: the address bar and history keep no trace of it.
    history.replaceState(null, '', location.pathname);
    const session = await currentSession();
    const area = session?.principal.kind === 'member' ? (session.principal.association ? '/association' : '/org') : '/alumni';
    navigate(takeReturnPath(area));
  }

  if (!token || state === 'invalid') {
    return (
      <section className="narrow">
        <PageTitle>{t('continue.title')}</PageTitle>
        <ErrorNotice message={t('continue.invalid')} />
        <p>
          <Link to="/sign-in">{t('continue.again')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <PageTitle>{t('continue.title')}</PageTitle>
      <p>{t('continue.intro')}</p>
      <button type="button" onClick={proceed} disabled={state === 'busy'}>
        {t('continue.button')}
      </button>
    </section>
  );
}
