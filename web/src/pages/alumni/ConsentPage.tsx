import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ConsentTerms, consentTerms } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { Toggle } from '../../components/Toggle';
import { formatDate, useLocale, useT } from '../../i18n/i18n';
import { ConsentTermsText } from './ConsentTermsText';
import { useMe } from './MeContext';

interface Choices {
  searchable: boolean;
  unlockable: boolean;
  contactable: boolean;
}

export default function ConsentPage() {
  const t = useT('alumni');
  const { locale } = useLocale();
  const { me, setMe } = useMe();
  const [choices, setChoices] = useState<Choices>({
    searchable: me.consent.searchable,
    unlockable: me.consent.unlockable,
    contactable: me.consent.contactable,
  });
  const [terms, setTerms] = useState<ConsentTerms | null>(null);
  const [termsFailed, setTermsFailed] = useState(false);
  const [status, setStatus] = useState<'idle' | 'saved' | 'withdrawn' | 'failed'>('idle');

  // The text in the reader's language; consent records that text's own version and hash, so nothing is saved without it.
  useEffect(() => {
    let live = true;
    void consentTerms(locale)
      .catch(() => null)
      .then((loaded) => {
        if (!live) return;
        setTerms(loaded);
        setTermsFailed(!loaded);
      });
    return () => {
      live = false;
    };
  }, [locale]);

  function change(next: Partial<Choices>) {
    const merged = { ...choices, ...next };
    // Unlockable and Contactable only make sense for a profile recruiters can find.
    if (!merged.searchable) Object.assign(merged, { unlockable: false, contactable: false });
    setChoices(merged);
    setStatus('idle');
  }

  async function save() {
    if (!terms) return;
    const { data, response } = await api.PUT('/v1/me/consent', { body: { ...choices, termsVersion: terms.version } });
    if (!response.ok || !data) return setStatus('failed');
    setMe({ ...me, consent: data });
    setStatus('saved');
  }

  async function withdrawAll() {
    const { data, response } = await api.DELETE('/v1/me/consent');
    if (!response.ok || !data) return setStatus('failed');
    setMe({ ...me, consent: data });
    setChoices({ searchable: false, unlockable: false, contactable: false });
    setStatus('withdrawn');
  }

  const anyOn = me.consent.searchable || me.consent.unlockable || me.consent.contactable;
  return (
    <section>
      <PageTitle>{t('consent.title')}</PageTitle>
      <p>{t('consent.intro')}</p>
      {terms && <ConsentTermsText terms={terms} />}
      {termsFailed && <ErrorNotice />}
      <fieldset className="switches">
        <legend>{t('consent.legend')}</legend>
        <Toggle
          label={t('consent.searchable')}
          description={t('consent.searchableHelp')}
          checked={choices.searchable}
          onChange={(v) => change({ searchable: v })}
        />
        <Toggle
          label={t('consent.unlockable')}
          description={choices.searchable ? t('consent.unlockableHelp') : t('consent.needsSearchable')}
          checked={choices.unlockable}
          disabled={!choices.searchable}
          onChange={(v) => change({ unlockable: v })}
        />
        <Toggle
          label={t('consent.contactable')}
          description={choices.searchable ? t('consent.contactableHelp') : t('consent.needsSearchable')}
          checked={choices.contactable}
          disabled={!choices.searchable}
          onChange={(v) => change({ contactable: v })}
        />
      </fieldset>
      <p className="actions">
        <button type="button" onClick={save} disabled={!terms}>
          {t('consent.save')}
        </button>
        <button type="button" className="button-danger" onClick={withdrawAll} disabled={!anyOn}>
          {t('consent.withdrawAll')}
        </button>
      </p>
      <p role="status">
        {status === 'saved' && t('consent.saved')}
        {status === 'withdrawn' && t('consent.withdrawn')}
      </p>
      {status === 'failed' && <ErrorNotice />}
      {me.consent.givenAt && (
        <p className="muted">
          {t(me.consent.source === 'association_import' ? 'consent.currentImported' : 'consent.current', {
            date: formatDate(locale, me.consent.givenAt),
            version: me.consent.termsVersion ?? '—',
          })}
        </p>
      )}
    </section>
  );
}
