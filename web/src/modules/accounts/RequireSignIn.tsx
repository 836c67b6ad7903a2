import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { signInPath } from './signInPath';
import { useSession } from './useSession';

/** Pages inside need a signed-in user; anyone else goes to sign-in and comes back here afterwards. */
export function RequireSignIn() {
  const { status, error, user, retry } = useSession();
  const location = useLocation();
  if (status === 'pending') return <LoadingState />;
  if (status === 'error') return <ErrorState error={error} onRetry={retry} />;
  if (!user) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}
