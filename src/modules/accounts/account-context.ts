import type { DbExecutor } from '../../core/db/client.js';
import { insideTransaction, type ServiceContext } from '../../core/service-context.js';

/**
 * A context acting as a given user inside an account flow's own transaction, e.g. to record
 * the audit event of a sign-up as the new user.
 */
export function actingAs(userId: string, tx: DbExecutor, requestId: string | null): ServiceContext {
  return insideTransaction({ viewer: { kind: 'user', userId, roles: new Map(), via: { kind: 'session', sessionId: '' } }, requestId }, tx);
}
