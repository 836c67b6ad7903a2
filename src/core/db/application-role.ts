import type pg from 'pg';
import type { Logger } from '../logger.js';

/** The role application transactions switch to; row-level security policies apply to it. */
export const APPLICATION_ROLE = 'stadtdialog_app';

/**
 * Creates the application role where this database user may, and grants it the tables. Runs at
 * every start after the migrations, because a restored backup carries no grants and a new
 * cluster no roles. On a managed database without CREATEROLE it changes nothing.
 */
export async function ensureApplicationRole(client: pg.Pool | pg.PoolClient): Promise<void> {
  await client.query(`
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN
        BEGIN
          CREATE ROLE ${APPLICATION_ROLE} NOLOGIN;
        EXCEPTION WHEN insufficient_privilege OR duplicate_object THEN NULL;
        END;
      END IF;
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN
        IF NOT pg_has_role(current_user, '${APPLICATION_ROLE}', 'MEMBER') THEN
          BEGIN
            EXECUTE format('GRANT ${APPLICATION_ROLE} TO %I', current_user);
          EXCEPTION WHEN insufficient_privilege THEN NULL;
          END;
        END IF;
        GRANT USAGE ON SCHEMA public TO ${APPLICATION_ROLE};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APPLICATION_ROLE};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APPLICATION_ROLE};
      END IF;
    END
    $$`);
}

/**
 * Whether this connection may act as the application role. Without it, only the services'
 * own checks protect records (logged as a warning, with what to do).
 */
export async function detectApplicationRole(pool: pg.Pool, logger: Logger): Promise<string | null> {
  const result = await pool.query<{ usable: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AND pg_has_role(current_user, $1, 'MEMBER') AS usable`,
    [APPLICATION_ROLE],
  );
  if (result.rows[0]?.usable) return APPLICATION_ROLE;
  logger.warn(
    `Row-level security is not active: the role ${APPLICATION_ROLE} is missing or not granted to this database user. ` +
      `Create it (CREATE ROLE ${APPLICATION_ROLE} NOLOGIN; GRANT ${APPLICATION_ROLE} TO <user>) and restart.`,
  );
  return null;
}
