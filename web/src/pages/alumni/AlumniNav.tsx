import { NavLink, useNavigate } from 'react-router';
import { signOut } from '../../api/people';
import { useT } from '../../i18n/i18n';

const LINKS: Array<[string, string]> = [
  ['/alumni', 'nav.consent'],
  ['/alumni/profile', 'nav.profile'],
  ['/alumni/access-log', 'nav.accessLog'],
  ['/alumni/contact-requests', 'nav.contactRequests'],
  ['/alumni/blocked', 'nav.blocked'],
  ['/alumni/notifications', 'nav.notifications'],
  ['/alumni/sessions', 'nav.sessions'],
  ['/alumni/my-data', 'nav.myData'],
];

export function AlumniNav() {
  const t = useT('alumni');
  const navigate = useNavigate();
  return (
    <nav className="portal-nav" aria-label={t('nav.label')}>
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
