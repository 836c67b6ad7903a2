import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const AuditLogPage = lazyPage(() => import('./AuditLogPage'), 'AuditLogPage');

/** For signed-in owners and coordinators of the workspace. */
export const auditRoutes: RouteObject[] = [{ path: 'workspaces/:id/audit', element: <AuditLogPage /> }];
