import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, Problem } from '../../api/client';
import type { components } from '../../api/schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useApiData } from '../../components/useApiData';
import { formatDate, Translate, useLocale, useT } from '../../i18n/i18n';
import { useAssociation, useCan } from './AssociationContext';

type Member = components['schemas']['MemberDto'];
/** An association's roles, most powerful first (the API's list: src/auth/member-roles.ts). */
const ROLES = ['owner', 'treasurer', 'alumni_manager', 'viewer'] as const;
type Role = Member['role'];

/** What a refused write means to the person who tried it. */
function refusal(t: Translate, status: number, problem: Problem | undefined): string {
  if (problem?.code === 'last_owner') return t('members.lastOwner');
  if (problem?.code === 'member_exists') return t('members.exists');
  if (status === 403) return t('members.refused');
  return problem?.detail ?? t('members.failed');
}

/**
 * Members and their roles. The owner (members:manage) invites, changes roles and removes; the API
 * refuses everyone else and keeps the last owner, and the page says so before anyone tries.
 */
export default function MembersPage() {
  const t = useT('association');
  const { associationId } = useAssociation();
  const canManage = useCan('members:manage');
  const path = { id: associationId };
  const members = useApiData(async () => {
    const { data, response } = await api.GET('/v1/associations/{id}/members', { params: { path, query: { limit: 100 } } });
    return data ?? (response.status === 403 ? { data: [], nextCursor: null, forbidden: true } : undefined);
  });
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const forbidden = members.data && 'forbidden' in members.data;
  const rows = members.data?.data ?? [];
  // Only a complete list can tell that someone is the last owner; the API checks it either way.
  const complete = members.data?.nextCursor === null;
  const owners = rows.filter((m) => m.role === 'owner').length;

  return (
    <section>
      <PageTitle>{t('members.title')}</PageTitle>
      <p className="lead">{t('members.intro')}</p>
      {canManage ? (
        <InviteForm
          onInvited={(email) => {
            setNotice({ text: t('members.invited', { email }), error: false });
            void members.reload();
          }}
          onRefused={(text) => setNotice({ text, error: true })}
        />
      ) : (
        <p className="notice">{t('members.ownerOnly')}</p>
      )}
      {notice &&
        (notice.error ? (
          <ErrorNotice message={notice.text} />
        ) : (
          <p className="notice" role="status">
            {notice.text}
          </p>
        ))}
      {members.error && <ErrorNotice />}
      {!members.data && !members.error && <Loading />}
      {forbidden && <p className="muted">{t('members.forbidden')}</p>}
      {members.data && !forbidden && (
        <div className="table-wrap">
          <table className="stack titled" data-testid="members">
            <caption className="visually-hidden">{t('members.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.status')}</th>
                <th scope="col">{t('members.invitedBy')}</th>
                {canManage && <th scope="col">{t('members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <MemberRow
                  key={m.id}
                  member={m}
                  canManage={canManage}
                  lastOwner={complete && m.role === 'owner' && owners <= 1}
                  onChanged={(text) => {
                    setNotice({ text, error: false });
                    void members.reload();
                  }}
                  onRefused={(text) => setNotice({ text, error: true })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function InviteForm({ onInvited, onRefused }: { onInvited(email: string): void; onRefused(text: string): void }) {
  const t = useT('association');
  const { locale } = useLocale();
  const { associationId } = useAssociation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [language, setLanguage] = useState<'fr' | 'en'>(locale);
  const [busy, setBusy] = useState(false);
  // Labels point at their selects rather than wrap them, so a select's name is not followed by its value.
  const id = useId();
  return (
    <form
      className="card form-grid"
      aria-labelledby="invite-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const { data, error, response } = await api.POST('/v1/associations/{id}/members', {
          params: { path: { id: associationId } },
          body: { email, role, locale: language },
        });
        setBusy(false);
        if (data) {
          setEmail('');
          onInvited(data.email);
        } else onRefused(refusal(t, response.status, error as Problem | undefined));
      }}
    >
      <h2 id="invite-title" className="field-wide">
        {t('members.invite')}
      </h2>
      <label className="field-wide">
        {t('members.email')}
        <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required maxLength={254} autoComplete="off" />
      </label>
      <div>
        <label htmlFor={`${id}-role`}>{t('members.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} aria-describedby={`${id}-hint`}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-language`}>{t('members.language')}</label>
        <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as 'fr' | 'en')}>
          <option value="fr" lang="fr">
            Français
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
      <p id={`${id}-hint`} className="hint field-wide">
        {t(`members.roleHint.${role}`)}
      </p>
      <div className="field-wide">
        <button type="submit" disabled={busy}>
          {t('members.sendInvitation')}
        </button>
      </div>
    </form>
  );
}

function MemberRow({
  member,
  canManage,
  lastOwner,
  onChanged,
  onRefused,
}: {
  member: Member;
  canManage: boolean;
  lastOwner: boolean;
  onChanged(text: string): void;
  onRefused(text: string): void;
}) {
  const t = useT('association');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { associationId, memberId } = useAssociation();
  const [role, setRole] = useState(member.role);
  const [confirming, setConfirming] = useState(false);
  const path = { id: associationId, memberId: member.id };
  const me = member.id === memberId;
  const noteId = `last-owner-${member.id}`;

  async function changeRole() {
    const { data, error, response } = await api.PATCH('/v1/associations/{id}/members/{memberId}', { params: { path }, body: { role } });
    if (data) onChanged(t('members.changed', { email: member.email, role: t(`role.${data.role}`) }));
    else {
      setRole(member.role);
      onRefused(refusal(t, response.status, error as Problem | undefined));
    }
  }
  async function remove() {
    setConfirming(false);
    const { error, response } = await api.DELETE('/v1/associations/{id}/members/{memberId}', { params: { path } });
    if (response.status === 204) {
      // Removing oneself ends one's own session with it.
      if (me) navigate('/');
      else onChanged(t('members.removed', { email: member.email }));
    } else onRefused(refusal(t, response.status, error as Problem | undefined));
  }

  return (
    <tr>
      <td data-label={t('members.email')}>
        <span>
          {member.email}
          {me && <span className="muted"> {t('members.you')}</span>}
        </span>
      </td>
      <td data-label={t('members.role')}>
        {canManage ? (
          <span className="role-change">
            <select
              aria-label={t('members.roleOf', { email: member.email })}
              aria-describedby={lastOwner ? noteId : undefined}
              value={role}
              disabled={lastOwner}
              onChange={(e) => setRole(e.target.value as Role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
            {role !== member.role && (
              <button type="button" onClick={changeRole} aria-label={t('members.changeRole', { email: member.email })}>
                {t('members.save')}
              </button>
            )}
          </span>
        ) : (
          t(`role.${member.role}`)
        )}
      </td>
      <td data-label={t('members.status')}>
        {member.joinedAt ? t('members.joined', { date: formatDate(locale, member.joinedAt) }) : t('members.pending')}
      </td>
      <td data-label={t('members.invitedBy')}>{member.invitedBy ?? '—'}</td>
      {canManage && (
        <td data-label={t('members.actions')}>
          {lastOwner ? (
            <span id={noteId} className="hint" data-testid="last-owner">
              {t('members.lastOwner')}
            </span>
          ) : confirming ? (
            <span className="actions">
              <button
                type="button"
                className="button-danger"
                onClick={remove}
                aria-label={t('members.confirmRemove', { email: member.email })}
              >
                {t('members.confirm')}
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setConfirming(true)}
              aria-label={t('members.remove', { email: member.email })}
            >
              {t('members.removeShort')}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
