import { FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageTitle } from '../../components/PageTitle';
import { useT } from '../../i18n/i18n';
import { Me, useMe } from './MeContext';

const TEXT_FIELDS = [
  'firstName',
  'lastName',
  'headline',
  'currentCompany',
  'industry',
  'city',
  'country',
  'phone',
  'linkedinUrl',
  'program',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

function initialValues(me: Me) {
  const values: Record<string, string> = {};
  for (const field of TEXT_FIELDS) values[field] = me[field] ?? '';
  values.skills = me.skills.join(', ');
  values.bio = me.bio ?? '';
  return values;
}

export default function ProfilePage() {
  const t = useT('alumni');
  const { me, setMe } = useMe();
  const [values, setValues] = useState(() => initialValues(me));
  const [openToWork, setOpenToWork] = useState(me.openToWork);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [problem, setProblem] = useState<string | undefined>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const body: Record<string, unknown> = { openToWork, bio: values.bio.trim() || null };
    for (const field of TEXT_FIELDS) {
      const value = values[field].trim();
      // First and last names cannot be cleared, only changed.
      if (field === 'firstName' || field === 'lastName') {
        if (value) body[field] = value;
      } else body[field] = value || null;
    }
    body.skills = values.skills
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const { data, error, response } = await api.PATCH('/v1/me', { body });
    if (!response.ok || !data) {
      setProblem((error as { detail?: string } | undefined)?.detail);
      return setStatus('failed');
    }
    setMe(data);
    setStatus('saved');
  }

  const field = (name: TextField | 'skills', type = 'text') => (
    <div className="field" key={name}>
      <label htmlFor={`profile-${name}`}>{t(`profile.${name}`)}</label>
      <input id={`profile-${name}`} type={type} value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
    </div>
  );

  return (
    <section>
      <PageTitle>{t('profile.title')}</PageTitle>
      <p>{t('profile.intro')}</p>
      <form onSubmit={save} className="form-grid">
        {TEXT_FIELDS.map((name) => field(name, name === 'phone' ? 'tel' : name === 'linkedinUrl' ? 'url' : 'text'))}
        {field('skills')}
        <div className="field field-wide">
          <label htmlFor="profile-bio">{t('profile.bio')}</label>
          <textarea id="profile-bio" rows={4} value={values.bio} onChange={(e) => setValues({ ...values, bio: e.target.value })} />
        </div>
        <div className="field field-wide checkbox">
          <input id="profile-openToWork" type="checkbox" checked={openToWork} onChange={(e) => setOpenToWork(e.target.checked)} />
          <label htmlFor="profile-openToWork">{t('profile.openToWork')}</label>
        </div>
        <p className="field-wide">
          <button type="submit">{t('profile.save')}</button>
        </p>
      </form>
      <p role="status">{status === 'saved' && t('profile.saved')}</p>
      {status === 'failed' && <ErrorNotice message={problem} />}
    </section>
  );
}
