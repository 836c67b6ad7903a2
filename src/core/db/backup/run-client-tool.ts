import { spawn } from 'node:child_process';
import readline from 'node:readline';

/** Runs pg_dump or pg_restore, handing each line it prints on stderr (its progress) to `onLine`. */
export function runClientTool(
  binary: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = () => {},
): Promise<{ code: number | null; errors: string[]; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...process.env, ...env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const errors: string[] = [];
    const lines = readline.createInterface({ input: child.stderr });
    lines.on('line', (line) => {
      if (/error|fatal|could not/i.test(line)) errors.push(line);
      onLine(line);
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, errors, stdout }));
  });
}
