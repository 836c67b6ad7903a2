import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * How long a test that starts Node processes may take. Each process compiles the TypeScript
 * entry point afresh; on a busy two-core machine that alone can take many seconds.
 */
export const CHILD_PROCESS_TEST_TIMEOUT_MS = 300_000;
/** How long one child process may take to print something or to finish. */
const CHILD_PROCESS_WAIT_MS = 120_000;

/** Starts a TypeScript entry point of this repository in a new Node process. */
export function spawnTypeScript(entry: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, entry), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  });
}

/** Resolves when the process prints `text`; rejects if it exits first. */
export function waitForOutput(child: ChildProcessWithoutNullStreams, text: string, timeoutMs = CHILD_PROCESS_WAIT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for "${text}". Output so far:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(text)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!output.includes(text)) reject(new Error(`Exited with ${code} before printing "${text}":\n${output}`));
    });
  });
}

export function waitForExit(child: ChildProcessWithoutNullStreams, timeoutMs = CHILD_PROCESS_WAIT_MS): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Timed out waiting for the process to exit')), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Runs a command to completion and collects what it printed; `input` is written to its standard input. */
export async function runTypeScript(
  entry: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  input?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnTypeScript(entry, args, env);
  child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await waitForExit(child, CHILD_PROCESS_TEST_TIMEOUT_MS - 30_000);
  return { code, stdout, stderr };
}
