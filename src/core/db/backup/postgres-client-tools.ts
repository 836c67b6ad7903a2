import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface ClientTools {
  major: number;
  pgDump: string;
  pgRestore: string;
}

function majorOf(binary: string): number | null {
  try {
    const output = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function candidateDirectories(): string[] {
  const dirs: string[] = [];
  if (process.env.STADTDIALOG_PG_BIN) dirs.push(process.env.STADTDIALOG_PG_BIN);
  // Debian and Ubuntu install each major side by side.
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    for (const version of readdirSync(debianRoot)) dirs.push(path.join(debianRoot, version, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir);
  return dirs;
}

/**
 * pg_dump must be at least as new as the server it dumps, and pg_restore must read what that
 * pg_dump wrote; so both come from one installation: the oldest major that is new enough.
 */
export function findClientTools(serverMajor: number): ClientTools {
  const found: ClientTools[] = [];
  for (const dir of candidateDirectories()) {
    const pgDump = path.join(dir, 'pg_dump');
    const pgRestore = path.join(dir, 'pg_restore');
    if (!existsSync(pgDump) || !existsSync(pgRestore)) continue;
    const major = majorOf(pgDump);
    if (major !== null && major >= serverMajor) found.push({ major, pgDump, pgRestore });
  }
  found.sort((a, b) => a.major - b.major);
  const best = found[0];
  if (!best) {
    throw new Error(
      `Backup and restore use pg_dump and pg_restore of PostgreSQL ${serverMajor} or newer, and none was found. ` +
        `On Debian or Ubuntu: apt-get install postgresql-client-${serverMajor}. ` +
        'Elsewhere, install the PostgreSQL client tools, or set STADTDIALOG_PG_BIN to the folder that holds them.',
    );
  }
  return best;
}
