import { Suspense, useMemo } from 'react';
import { Outlet } from 'react-router';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { AlumniNav } from './AlumniNav';
import { Me, MeContext } from './MeContext';
import { ReconfirmationPrompt } from './ReconfirmationPrompt';

export function AlumniLayout() {
  const { data: me, error, reload, setData } = useApiData<Me>(async () => (await api.GET('/v1/me')).data);
  const state = useMemo(() => (me ? { me, setMe: setData, reload } : null), [me, setData, reload]);
  if (error) return <ErrorNotice />;
  if (!state) return <Loading />;
  return (
    <MeContext.Provider value={state}>
      <div className="portal">
        <AlumniNav />
        <div className="portal-content">
          <ReconfirmationPrompt />
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </div>
      </div>
    </MeContext.Provider>
  );
}
