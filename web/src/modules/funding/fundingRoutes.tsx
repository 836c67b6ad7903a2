import type { RouteObject } from 'react-router';
import { FundingPage } from './FundingPage';
import { GrantFormPage } from './GrantFormPage';
import { ProgrammeDetailPage } from './ProgrammeDetailPage';
import { ProgrammeFormPage } from './ProgrammeFormPage';

export const fundingRoutes: RouteObject[] = [
  { path: 'funding', element: <FundingPage /> },
  { path: 'funding/programmes/new', element: <ProgrammeFormPage /> },
  { path: 'funding/programmes/:id', element: <ProgrammeDetailPage /> },
  { path: 'funding/programmes/:id/edit', element: <ProgrammeFormPage /> },
  { path: 'funding/grants/new', element: <GrantFormPage /> },
];
