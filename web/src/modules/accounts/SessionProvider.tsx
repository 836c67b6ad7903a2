import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { sessionQuery } from '../../lib/session/sessionQuery';
import { SessionContext } from './SessionContext';
import type { SessionState } from './SessionState';

/** Loads who is signed in once at start and shares it with every page and the header. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const query = useQuery(sessionQuery);
  const { data, error, refetch } = query;
  const status = data ? 'ready' : query.isError ? 'error' : 'pending';
  const value = useMemo<SessionState>(
    () => ({
      status,
      error,
      session: data,
      user: data?.user ?? null,
      workspaces: data?.workspaces ?? [],
      retry: () => void refetch(),
    }),
    [status, error, data, refetch],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
