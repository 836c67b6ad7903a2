import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, lchownSync, readdirSync, lstatSync } from 'node:fs';
import path from 'node:path';

export interface RunAs {
  uid: number;
  gid: number;
  name: string;
}

const POSTGRES_USER = 'postgres';

function lookupUser(name: string): RunAs | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    return { uid, gid, name };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root. When Stadtdialog runs as root, the server runs as the
 * system user `postgres`, created here if the machine has none. Otherwise: the current user.
 */
export function postgresRunAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const existing = lookupUser(POSTGRES_USER);
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', POSTGRES_USER], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    throw new Error(
      `Running as root, PostgreSQL needs a "${POSTGRES_USER}" system user, and creating it failed: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const created = lookupUser(POSTGRES_USER);
  if (!created) throw new Error(`Created the "${POSTGRES_USER}" user but cannot look it up`);
  return created;
}

/** Fails with a clear message when the postgres user cannot reach `dir`. */
export function assertReachableBy(dir: string, runAs: RunAs): void {
  const check = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', dir], {
    uid: runAs.uid,
    gid: runAs.gid,
  });
  if (check.status !== 0) {
    throw new Error(
      `Stadtdialog runs as root, so PostgreSQL runs as the "${runAs.name}" user, which cannot reach ${dir}. ` +
        'Make its parent folders traversable (chmod o+x), or set STADTDIALOG_DATA_DIR to a folder such as /var/lib/stadtdialog.',
    );
  }
}

/** Gives a file, or a folder and everything in it, to the postgres user. */
export function chownTree(target: string, runAs: RunAs): void {
  if (!lstatSync(target).isDirectory()) {
    lchownSync(target, runAs.uid, runAs.gid);
    return;
  }
  chownSync(target, runAs.uid, runAs.gid);
  for (const entry of readdirSync(target)) chownTree(path.join(target, entry), runAs);
}
