import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, ResponseOf } from '../../lib/api/contract';

export type MyWorkspace = ResponseOf<'/api/workspaces'>['items'][number];
export type Workspace = ResponseOf<'/api/workspaces', 'post'>;
export type WorkspaceDetail = ResponseOf<'/api/workspaces/{id}'>;
export type Member = WorkspaceDetail['members'][number];
export type Invitation = ResponseOf<'/api/workspaces/{id}/invitations'>['items'][number];
/** The answer to creating an invitation: the only time its link is shown. */
export type CreatedInvitation = ResponseOf<'/api/workspaces/{id}/invitations', 'post'>;
export type InvitationPreview = ResponseOf<'/api/invitations/{token}'>;

/** Query keys of the workspaces; every change invalidates `workspaceKeys.all`. */
export const workspaceKeys = {
  all: ['workspaces'] as const,
  mine: ['workspaces', 'mine'] as const,
  detail: (id: string | undefined) => ['workspaces', 'detail', id] as const,
  invitations: (workspaceId: string) => ['workspaces', 'invitations', workspaceId] as const,
  invitationPreview: (token: string | undefined) => ['invitations', 'preview', token] as const,
};

const ofMember = (id: string, userId: string) => ({ params: { path: { id, userId } } });

export const workspaceApi = {
  mine: (signal?: AbortSignal) => dataOf(api.GET('/api/workspaces', { signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/workspaces/{id}', { params: { path: { id } }, signal })),
  invitations: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/workspaces/{id}/invitations', { params: { path: { id } }, signal })),
  invitationPreview: (token: string, signal?: AbortSignal) => dataOf(api.GET('/api/invitations/{token}', { params: { path: { token } }, signal })),

  create: (body: DraftOf<'/api/workspaces', 'post'>) => dataOf(api.POST('/api/workspaces', { body })),
  update: (id: string, body: DraftOf<'/api/workspaces/{id}', 'patch'>) => dataOf(api.PATCH('/api/workspaces/{id}', { params: { path: { id } }, body })),
  changeMember: (id: string, userId: string, body: DraftOf<'/api/workspaces/{id}/members/{userId}', 'patch'>) =>
    dataOf(api.PATCH('/api/workspaces/{id}/members/{userId}', { ...ofMember(id, userId), body })),
  removeMember: (id: string, userId: string) => dataOf(api.DELETE('/api/workspaces/{id}/members/{userId}', ofMember(id, userId))),
  invite: (id: string, body: DraftOf<'/api/workspaces/{id}/invitations', 'post'>) => dataOf(api.POST('/api/workspaces/{id}/invitations', { params: { path: { id } }, body })),
  withdrawInvitation: (id: string, invitationId: string) => dataOf(api.DELETE('/api/workspaces/{id}/invitations/{invitationId}', { params: { path: { id, invitationId } } })),
  acceptInvitation: (token: string) => dataOf(api.POST('/api/invitations/accept', { body: { token } })),
};
