import type { ReactNode } from 'react';
import { useSession } from './useSession';

/** Whether the viewer may enter records: signed in, and not only a guest of their workspaces. */
export function useMayCreate(): boolean {
  const { user, workspaces } = useSession();
  return user !== null && (workspaces.length === 0 || workspaces.some((workspace) => workspace.role !== 'guest'));
}

/** Shows links and buttons that lead to entering records only to those who may; visitors never see them. */
export function MayCreate({ children }: { children: ReactNode }) {
  return useMayCreate() ? <>{children}</> : null;
}
