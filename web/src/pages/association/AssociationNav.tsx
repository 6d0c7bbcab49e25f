import { NavLink, useNavigate } from 'react-router';
import { signOut } from '../../api/people';
import { useT } from '../../i18n/i18n';
import { useAssociation } from './AssociationContext';

const LINKS: Array<[string, string]> = [
  ['/association', 'nav.revenue'],
  ['/association/payouts', 'nav.payouts'],
  ['/association/alumni', 'nav.alumni'],
  ['/association/access', 'nav.access'],
  ['/association/members', 'nav.members'],
  ['/association/keys', 'nav.keys'],
  ['/association/audit-log', 'nav.audit'],
];

export function AssociationNav() {
  const t = useT('association');
  const navigate = useNavigate();
  const { associationName, role } = useAssociation();
  return (
    <nav className="portal-nav" aria-label={t('nav.label')}>
      <p className="muted">
        {associationName}
        <br />
        {t(`role.${role}`)}
      </p>
      <ul>
        {LINKS.map(([to, key]) => (
          <li key={to}>
            <NavLink to={to} end>
              {t(key)}
            </NavLink>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await signOut().catch(() => undefined);
          navigate('/');
        }}
      >
        {t('signOut')}
      </button>
    </nav>
  );
}
