import { createBrowserRouter, RouterProvider } from 'react-router';
import { I18nProvider } from './i18n/i18n';
import { SiteLayout } from './components/SiteLayout';
import { NotFoundPage } from './components/NotFoundPage';
import { landingRoutes } from './pages/landing/routes';
import { signInRoutes } from './pages/signin/routes';
import { alumniRoutes } from './pages/alumni/routes';
import { associationRoutes } from './pages/association/routes';

/** Each page area brings its own routes file; add an area by adding its routes here. */
const router = createBrowserRouter([
  {
    element: <SiteLayout />,
    children: [...landingRoutes, ...signInRoutes, ...alumniRoutes, ...associationRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]);

export function App() {
  return (
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>
  );
}
