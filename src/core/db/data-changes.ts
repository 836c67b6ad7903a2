import pg from 'pg';
import type { Logger } from '../logger.js';

/** The channel every committed write is announced on, whichever process made it. */
export const DATA_CHANGED_CHANNEL = 'stadtdialog_data_changed';

/** Tables whose writes change nothing a visitor is shown: sign-in bookkeeping, written on reads. */
const UNANNOUNCED_TABLES = ['sessions', 'api_tokens', 'rate_limit_counters'];
/**
 * Of the sign-in bookkeeping, what ends a session or token is announced (callers are kept in
 * memory until then, src/core/auth/kept-callers.ts); noting its use (last seen, idle end) is not.
 */
const SIGN_IN_ENDS = [
  { table: 'sessions', columns: ['user_id', 'absolute_expires_at'] },
  { table: 'api_tokens', columns: ['user_id', 'scope', 'token_hash', 'expires_at', 'revoked_at'] },
];

/**
 * Gives every table of the schema a statement-level trigger that announces the write with
 * pg_notify (delivered at commit, never for a rolled back transaction; several writes of one
 * transaction arrive as one notification). Runs at every start after the migrations, so tables
 * added by later migrations are covered too.
 */
export async function ensureDataChangeTriggers(client: pg.Pool | pg.PoolClient): Promise<void> {
  await client.query(`
    CREATE OR REPLACE FUNCTION announce_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('${DATA_CHANGED_CHANNEL}', '');
      RETURN NULL;
    END
    $$;
    DO $$
    DECLARE
      target regclass;
    BEGIN
      FOR target IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relkind IN ('r', 'p')
          AND c.relname <> ALL (ARRAY[${UNANNOUNCED_TABLES.map((name) => `'${name}'`).join(', ')}])
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'announce_data_change')
      LOOP
        EXECUTE format('CREATE TRIGGER announce_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION announce_data_change()', target);
      END LOOP;
    END
    $$;
    ${SIGN_IN_ENDS.map(
      ({ table, columns }) => `DO $$
    BEGIN
      IF to_regclass('${table}') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass('${table}') AND tgname = 'announce_sign_in_end') THEN
        CREATE TRIGGER announce_sign_in_end AFTER UPDATE OF ${columns.join(', ')} OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION announce_data_change();
      END IF;
    END
    $$`,
    ).join('; ')}`);
}

export interface DataVersion {
  /** Changes whenever data may have changed; equal values mean nothing was written in between. */
  readonly current: number;
  /** False while no one listens for changes: then a version proves nothing. */
  readonly trustworthy: boolean;
  /** For a write this process just committed: seen at once, before the notification arrives. */
  bump(): void;
  close(): Promise<void>;
}

/**
 * Listens on its own connection for the announcements of committed writes. While the
 * connection is down the version is not trustworthy; once listening again it moves on, since
 * writes may have been missed meanwhile.
 */
export function listenForDataChanges(connection: pg.ClientConfig, logger: Logger, retryMs = 1_000): DataVersion {
  let current = 0;
  let trustworthy = false;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const lost = (error?: Error) => {
    if (!trustworthy && !client) return;
    trustworthy = false;
    current++;
    client?.removeAllListeners();
    client?.on('error', () => {});
    void client?.end().catch(() => {});
    client = null;
    if (closed) return;
    if (error) logger.warn({ err: error }, 'the connection that listens for data changes was lost; cached answers are not used until it is back');
    retry = setTimeout(connect, retryMs);
  };

  const connect = () => {
    retry = null;
    if (closed) return;
    const next = new pg.Client({ ...connection, application_name: 'stadtdialog data changes' });
    client = next;
    next.on('notification', () => {
      current++;
    });
    next.on('error', (error) => lost(error));
    next.on('end', () => lost(new Error('connection ended')));
    next
      .connect()
      .then(() => next.query(`LISTEN ${DATA_CHANGED_CHANNEL}`))
      .then(() => {
        if (client !== next) return;
        current++;
        trustworthy = true;
      })
      .catch((error: Error) => {
        if (client === next) lost(error);
      });
  };
  connect();

  return {
    get current() {
      return current;
    },
    get trustworthy() {
      return trustworthy;
    },
    bump() {
      current++;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      trustworthy = false;
      const last = client;
      client = null;
      last?.removeAllListeners();
      last?.on('error', () => {});
      await last?.end().catch(() => {});
    },
  };
}
