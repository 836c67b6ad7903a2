import { LRUCache } from 'lru-cache';
import type { Db } from '../db/client.js';
import type { DataVersion } from '../db/data-changes.js';
import type { IdentityLookups } from './authenticate.js';
import { hashSecretToken } from './secret-token.js';

export interface KeptCallersOptions {
  version: DataVersion;
  /**
   * How long a caller is kept at most without any write (ms): the lookup also notes a token's
   * last use and extends a session's idle time when due, so it must still run now and then.
   */
  maxAgeMs?: number;
  /** How many tokens and how many sessions are kept at most (least recently used go first). */
  maxCallers?: number;
}

interface KeptCaller<Identity> {
  identity: Identity;
  version: number;
  keptUntil: number;
}

type Lookup<Identity> = (db: Db, credential: string) => Promise<Identity | undefined>;

/**
 * Keeps the identity found for a credential (a token's hash, a session's hash) in memory while the
 * data version stays the same, at most until the session or token ends and for `maxAgeMs`.
 * Ending a session or token, a changed password, role, membership or a disabled user are writes
 * that move the version on: at once when this process made them (see moveVersionOnAfterWrites),
 * within the delivery of the announcement when another process did (data-changes.ts). While
 * nobody listens for announcements, nothing is kept. An unknown credential is never kept.
 */
function keptLookup<Identity extends { expiresAt: Date | null }>(
  lookup: Lookup<Identity>,
  keyOf: (credential: string) => string,
  { version, maxAgeMs, maxCallers }: Required<KeptCallersOptions>,
): Lookup<Identity> {
  const callers = new LRUCache<string, KeptCaller<Identity>>({ max: maxCallers });
  return async (db, credential) => {
    const key = keyOf(credential);
    const now = Date.now();
    const kept = callers.get(key);
    if (kept && version.trustworthy && kept.version === version.current && now < kept.keptUntil) return kept.identity;
    // Read before the lookup: a write committed while it runs leaves the entry already outdated.
    const versionAtStart = version.current;
    const trustworthyAtStart = version.trustworthy;
    const identity = await lookup(db, credential);
    if (!identity) {
      callers.delete(key);
      return undefined;
    }
    if (trustworthyAtStart) {
      const keptUntil = Math.min(now + maxAgeMs, identity.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
      callers.set(key, { identity, version: versionAtStart, keptUntil });
    }
    return identity;
  };
}

/**
 * The identity lookups with who is calling kept in memory (see keptLookup): a signed-in request
 * whose caller is kept sends nothing to the database to authenticate.
 */
export function keepCallers(lookups: IdentityLookups, { version, maxAgeMs = 30_000, maxCallers = 10_000 }: KeptCallersOptions): IdentityLookups {
  const options = { version, maxAgeMs, maxCallers };
  return {
    useApiToken: keptLookup(lookups.useApiToken, (tokenHash) => tokenHash, options),
    resumeSignedInUser: keptLookup(lookups.resumeSignedInUser, hashSecretToken, options),
  };
}
