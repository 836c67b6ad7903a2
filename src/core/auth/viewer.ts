export const WORKSPACE_ROLES = ['owner', 'coordinator', 'member', 'guest'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** Who is asking. Every service decides access from this. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      /** The viewer's role in each workspace they belong to. */
      roles: ReadonlyMap<string, WorkspaceRole>;
      /** Signed in with a session, or an API token with its scope. */
      via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string; scope: 'read' | 'write' };
    }
  /** Maintenance commands (seed, import) acting for nobody in particular. */
  | { kind: 'system' };

export const anonymousViewer: Viewer = { kind: 'anonymous' };
export const systemViewer: Viewer = { kind: 'system' };

export const userIdOf = (viewer: Viewer): string | null => (viewer.kind === 'user' ? viewer.userId : null);

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
  }
}
