import type { RouteObject } from 'react-router';
import { MeasureFormPage } from './MeasureFormPage';
import { MeasurePage } from './MeasurePage';
import { PlanComparePage } from './PlanComparePage';
import { PlanDashboardPage } from './PlanDashboardPage';
import { PlanDetailPage } from './PlanDetailPage';
import { PlanFormPage } from './PlanFormPage';
import { PlanPrintPage } from './PlanPrintPage';
import { PlansPage } from './PlansPage';

export const planRoutes: RouteObject[] = [
  { path: 'action-plans', element: <PlansPage /> },
  { path: 'action-plans/new', element: <PlanFormPage /> },
  { path: 'action-plans/:id', element: <PlanDetailPage /> },
  { path: 'action-plans/:id/edit', element: <PlanFormPage /> },
  { path: 'action-plans/:id/dashboard', element: <PlanDashboardPage /> },
  { path: 'action-plans/:id/print', element: <PlanPrintPage /> },
  { path: 'action-plans/:id/versions', element: <PlanComparePage /> },
  { path: 'action-plans/:id/measures/new', element: <MeasureFormPage /> },
  { path: 'action-plans/:id/measures/:measureId', element: <MeasurePage /> },
  { path: 'action-plans/:id/measures/:measureId/edit', element: <MeasureFormPage /> },
];
