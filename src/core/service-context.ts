import type { Viewer } from './auth/viewer.js';
import type { DbExecutor } from './db/client.js';

/** What every service function receives: who is asking, and how to reach the database as them. */
export interface ServiceContext {
  viewer: Viewer;
  /** The HTTP request id, recorded with audit events. */
  requestId: string | null;
  /**
   * Runs `work` in one transaction in which PostgreSQL knows the viewer, so row-level
   * security applies as a second wall behind the service's own checks. Called again with the
   * context handed to `work`, it joins that transaction instead of opening another.
   */
  transaction<T>(work: (tx: DbExecutor, ctx: ServiceContext) => Promise<T>): Promise<T>;
}

/** The same viewer, working inside an already open transaction (for flows that open their own). */
export function insideTransaction(ctx: Pick<ServiceContext, 'viewer' | 'requestId'>, tx: DbExecutor): ServiceContext {
  const joined: ServiceContext = { viewer: ctx.viewer, requestId: ctx.requestId, transaction: (work) => work(tx, joined) };
  return joined;
}
