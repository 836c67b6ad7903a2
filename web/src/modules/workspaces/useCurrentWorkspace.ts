import { useSyncExternalStore } from 'react';
import type { SessionWorkspace } from '../../lib/session/sessionTypes';
import { useSession } from '../accounts/useSession';
import { currentWorkspaceStore } from './currentWorkspaceStore';

/**
 * The current workspace (the default for new records): the one last chosen if the user still
 * belongs to it, else their first. Null when signed out or without any workspace.
 */
export function useCurrentWorkspace(): { current: SessionWorkspace | null; choose: (id: string) => void } {
  const { workspaces } = useSession();
  const chosen = useSyncExternalStore(currentWorkspaceStore.subscribe, currentWorkspaceStore.get, () => null);
  const current = workspaces.find((workspace) => workspace.id === chosen) ?? workspaces[0] ?? null;
  return { current, choose: currentWorkspaceStore.set };
}
