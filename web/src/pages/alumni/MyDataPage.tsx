import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, setBearer } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/i18n';

function download(filename: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export default function MyDataPage() {
  const t = useT('alumni');
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [confirmText, setConfirmText] = useState('');
  const [failed, setFailed] = useState(false);
  const word = t('erase.word');

  async function exportData() {
    const { data, response } = await api.GET('/v1/me/export');
    if (!response.ok || !data) return setFailed(true);
    download(`passerelle-export-${data.exportedAt.slice(0, 10)}.json`, JSON.stringify(data, null, 2));
  }

  async function erase() {
    const { response } = await api.DELETE('/v1/me');
    if (!response.ok) return setFailed(true);
    setBearer(null);
    navigate('/?erased=1');
  }

  return (
    <section>
      <PageTitle>{t('data.title')}</PageTitle>
      <h2>{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      <button type="button" onClick={exportData}>
        {t('export.button')}
      </button>
      <h2>{t('erase.title')}</h2>
      <p>{t('erase.intro')}</p>
      {!confirming ? (
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          {t('erase.start')}
        </button>
      ) : (
        <form
          className="danger-zone"
          onSubmit={(event) => {
            event.preventDefault();
            void erase();
          }}
        >
          <label htmlFor="erase-confirm">{t('erase.confirmLabel', { word })}</label>
          <input id="erase-confirm" autoComplete="off" value={confirmText} onChange={(e) => setConfirmText(e.target.value)} />
          <p className="actions">
            <button type="submit" className="button-danger" disabled={confirmText.trim().toUpperCase() !== word.toUpperCase()}>
              {t('erase.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </p>
        </form>
      )}
      {failed && <ErrorNotice />}
    </section>
  );
}
