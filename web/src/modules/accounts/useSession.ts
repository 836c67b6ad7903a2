import { useContext } from 'react';
import { SessionContext } from './SessionContext';
import type { SessionState } from './SessionState';

/** The signed-in user, their workspaces and the session's state. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> around the app');
  return session;
}
