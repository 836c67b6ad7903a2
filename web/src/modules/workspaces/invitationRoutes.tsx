import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shell/lazyPage';

const InvitationPage = lazyPage(() => import('./InvitationPage'), 'InvitationPage');

/** Open to everyone: an invitation link works before signing in. */
export const invitationRoutes: RouteObject[] = [{ path: 'invitations/:token', element: <InvitationPage /> }];
