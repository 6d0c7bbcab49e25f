import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AlumniLayout } from './AlumniLayout';

const ConsentPage = lazy(() => import('./ConsentPage'));
const ProfilePage = lazy(() => import('./ProfilePage'));
const AccessLogPage = lazy(() => import('./AccessLogPage'));
const ContactRequestsPage = lazy(() => import('./ContactRequestsPage'));
const BlockedOrgsPage = lazy(() => import('./BlockedOrgsPage'));
const NotificationsPage = lazy(() => import('./NotificationsPage'));
const SessionsPage = lazy(() => import('./SessionsPage'));
const MyDataPage = lazy(() => import('./MyDataPage'));

/** The alumni portal; the menu in AlumniNav lists the same paths. */
export const alumniRoutes: RouteObject[] = [
  {
    path: 'alumni',
    element: <AlumniLayout />,
    children: [
      { index: true, element: <ConsentPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'access-log', element: <AccessLogPage /> },
      { path: 'contact-requests', element: <ContactRequestsPage /> },
      { path: 'blocked', element: <BlockedOrgsPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'sessions', element: <SessionsPage /> },
      { path: 'my-data', element: <MyDataPage /> },
    ],
  },
];
