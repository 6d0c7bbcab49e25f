import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const LandingPage = lazy(() => import('./LandingPage'));

export const landingRoutes: RouteObject[] = [{ index: true, element: <LandingPage /> }];
