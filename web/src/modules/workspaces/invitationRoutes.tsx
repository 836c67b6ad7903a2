import type { RouteObject } from 'react-router';
import { InvitationPage } from './InvitationPage';

/** Open to everyone: an invitation link works before signing in. */
export const invitationRoutes: RouteObject[] = [{ path: 'invitations/:token', element: <InvitationPage /> }];
