import { Suspense, useMemo } from 'react';
import { Outlet } from 'react-router';
import { currentSession } from '../../api/people';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { useT } from '../../i18n/i18n';
import { AssociationContext } from './AssociationContext';
import { AssociationNav } from './AssociationNav';
import './association.css';

/** The association dashboard's frame: who is signed in (one call), the menu, the page. */
export function AssociationLayout() {
  const t = useT('association');
  const { data: session, error } = useApiData(currentSession);
  const value = useMemo(() => {
    const p = session?.principal;
    if (!p || p.kind !== 'member' || !p.association) return null;
    return {
      memberId: p.memberId,
      email: p.email,
      associationId: p.association.id,
      associationName: p.association.name,
      role: p.role,
      scopes: p.scopes,
    };
  }, [session]);
  if (error) return <ErrorNotice />;
  if (!session) return <Loading />;
  if (!value) return <ErrorNotice message={t('notAMember')} />;
  return (
    <AssociationContext.Provider value={value}>
      <div className="portal association-portal">
        <AssociationNav />
        <div className="portal-content">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </div>
    </AssociationContext.Provider>
  );
}
