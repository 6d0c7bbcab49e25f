import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AssociationLayout } from './AssociationLayout';

const RevenuePage = lazy(() => import('./RevenuePage'));
const PayoutsPage = lazy(() => import('./PayoutsPage'));
const AlumniPage = lazy(() => import('./AlumniPage'));
const AccessPage = lazy(() => import('./AccessPage'));
const KeysPage = lazy(() => import('./KeysPage'));
const MembersPage = lazy(() => import('./MembersPage'));
const AuditLogPage = lazy(() => import('./AuditLogPage'));

/** The association dashboard; AssociationNav lists the same paths. */
export const associationRoutes: RouteObject[] = [
  {
    path: 'association',
    element: <AssociationLayout />,
    children: [
      { index: true, element: <RevenuePage /> },
      { path: 'payouts', element: <PayoutsPage /> },
      { path: 'alumni', element: <AlumniPage /> },
      { path: 'access', element: <AccessPage /> },
      { path: 'members', element: <MembersPage /> },
      { path: 'keys', element: <KeysPage /> },
      { path: 'audit-log', element: <AuditLogPage /> },
    ],
  },
];
