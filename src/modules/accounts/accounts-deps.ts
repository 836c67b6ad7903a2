import type { Db } from '../../core/db/client.js';

/** What the account flows need besides their inputs. */
export interface AccountsDeps {
  /** The database as its owner: account flows run before anyone is known to row-level security. */
  db: Db;
  /** Where users reach the app, for links in e-mails. */
  publicUrl: string;
  signUpOpen: boolean;
  /** Sign-ups accepted per client address and hour. */
  signUpLimitPerHour: number;
  /** Tells mail delivery that the committed transaction queued mail. */
  mailQueued: () => void;
}

export interface ClientInfo {
  userAgent: string | null;
  ipAddress: string | null;
}
