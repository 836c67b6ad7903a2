import type { RouteObject } from 'react-router';
import { ProgrammeFormPage } from './ProgrammeFormPage';
import { ProgrammePage } from './ProgrammePage';

export const programmeRoutes: RouteObject[] = [
  { path: 'programmes/new', element: <ProgrammeFormPage /> },
  { path: 'programmes/:id', element: <ProgrammePage /> },
  { path: 'programmes/:id/edit', element: <ProgrammeFormPage /> },
];
