import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const MeasureFormPage = lazyPage(() => import('./MeasureFormPage'), 'MeasureFormPage');
const MeasurePage = lazyPage(() => import('./MeasurePage'), 'MeasurePage');
const PlanComparePage = lazyPage(() => import('./PlanComparePage'), 'PlanComparePage');
const PlanDashboardPage = lazyPage(() => import('./PlanDashboardPage'), 'PlanDashboardPage');
const PlanDetailPage = lazyPage(() => import('./PlanDetailPage'), 'PlanDetailPage');
const PlanFormPage = lazyPage(() => import('./PlanFormPage'), 'PlanFormPage');
const PlanPrintPage = lazyPage(() => import('./PlanPrintPage'), 'PlanPrintPage');
const PlansPage = lazyPage(() => import('./PlansPage'), 'PlansPage');

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
