import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const FundingPage = lazyPage(() => import('./FundingPage'), 'FundingPage');
const GrantFormPage = lazyPage(() => import('./GrantFormPage'), 'GrantFormPage');
const ProgrammeDetailPage = lazyPage(() => import('./ProgrammeDetailPage'), 'ProgrammeDetailPage');
const ProgrammeFormPage = lazyPage(() => import('./ProgrammeFormPage'), 'ProgrammeFormPage');

export const fundingRoutes: RouteObject[] = [
  { path: 'funding', element: <FundingPage /> },
  { path: 'funding/programmes/new', element: <ProgrammeFormPage /> },
  { path: 'funding/programmes/:id', element: <ProgrammeDetailPage /> },
  { path: 'funding/programmes/:id/edit', element: <ProgrammeFormPage /> },
  { path: 'funding/grants/new', element: <GrantFormPage /> },
];
