import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const SignInPage = lazy(() => import('./SignInPage'));
const ContinuePage = lazy(() => import('./ContinuePage'));

export const signInRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-in/continue', element: <ContinuePage /> },
  // Links mailed before the people sign-in existed point here.
  { path: 'alumni/sign-in', element: <ContinuePage /> },
];
