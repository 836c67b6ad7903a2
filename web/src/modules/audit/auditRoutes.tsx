import type { RouteObject } from 'react-router';
import { AuditLogPage } from './AuditLogPage';

/** For signed-in owners and coordinators of the workspace. */
export const auditRoutes: RouteObject[] = [{ path: 'workspaces/:id/audit', element: <AuditLogPage /> }];
