import type { DbExecutor } from '../../core/db/client.js';
import { insideTransaction, type ServiceContext } from '../../core/service-context.js';
import { auditTrail } from '../audit/audit.service.js';
import type { UserRow } from './users.repository.js';

/**
 * A context acting as a given user inside an account flow's own transaction, e.g. to record
 * the audit event of a sign-up as the new user.
 */
export function actingAs(userId: string, tx: DbExecutor, requestId: string | null): ServiceContext {
  return insideTransaction({ viewer: { kind: 'user', userId, roles: new Map(), via: { kind: 'session', sessionId: '' } }, requestId }, tx);
}

/** The history of an account, labelled with the user's name (`userAudit.updated(tx, ctx, user, before, after)`). */
export const userAudit = auditTrail<UserRow>('user', (user) => user.displayName);
