import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `url` answers 200; returns the milliseconds since `since`. */
export async function waitForOk(url: string, since: number, child: ChildProcess, timeoutMs = 120_000): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`The process exited with ${child.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function startNode(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

const repo = path.join(import.meta.dirname, '..', '..');

/** `stadtdialog serve --seed-demo` (the built app) on its own embedded database in `dataDir`. */
export function startDemoServer(port: number, dataDir: string, env: NodeJS.ProcessEnv): ChildProcess {
  return startNode([path.join(repo, 'bin', 'stadtdialog.js'), 'serve', '--seed-demo'], { PORT: String(port), STADTDIALOG_DATA_DIR: dataDir, DATABASE_URL: '', ...env });
}

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * The CPU time a child process has used so far (user + system, from /proc), in milliseconds. On a
 * machine shared with other work this is steadier than throughput: it counts only the process's
 * own work, not the time it waited for a core.
 */
export function cpuMillisecondsOf(child: ChildProcess): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // Fields 14 and 15 of stat (utime, stime), counted after the parenthesised command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
}
