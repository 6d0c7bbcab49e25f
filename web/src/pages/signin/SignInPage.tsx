import { FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { requestSignInLink } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { useLocale, useT } from '../../i18n/i18n';
import { rememberReturnPath } from './return-path';

export default function SignInPage() {
  const t = useT('signin');
  const { locale } = useLocale();
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const [params] = useSearchParams();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState('sending');
    rememberReturnPath(params.get('next'));
    const ok = await requestSignInLink(email.trim(), locale).catch(() => false);
    setState(ok ? 'sent' : 'failed');
  }

  return (
    <section className="narrow">
      <PageTitle>{t('title')}</PageTitle>
      {state === 'sent' ? (
        <p role="status" className="notice">
          {t('sent')}
        </p>
      ) : (
        <form onSubmit={submit}>
          {params.get('next') && <p className="notice">{t('needed')}</p>}
          <p>{t('intro')}</p>
          <label htmlFor="email">{t('email')}</label>
          <input id="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <button type="submit" disabled={state === 'sending'}>
            {t('send')}
          </button>
          {state === 'failed' && <ErrorNotice message={t('failed')} />}
        </form>
      )}
    </section>
  );
}
