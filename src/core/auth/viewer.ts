/** Who is asking. Access rules in every service are decided from this. */
export type Viewer = { kind: 'anonymous' };

export const anonymousViewer: Viewer = { kind: 'anonymous' };

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
  }
}
