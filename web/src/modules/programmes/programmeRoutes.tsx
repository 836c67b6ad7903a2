import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const ProgrammeFormPage = lazyPage(() => import('./ProgrammeFormPage'), 'ProgrammeFormPage');
const ProgrammePage = lazyPage(() => import('./ProgrammePage'), 'ProgrammePage');

export const programmeRoutes: RouteObject[] = [
  { path: 'programmes/new', element: <ProgrammeFormPage /> },
  { path: 'programmes/:id', element: <ProgrammePage /> },
  { path: 'programmes/:id/edit', element: <ProgrammeFormPage /> },
];
