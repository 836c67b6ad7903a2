import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';

export interface ThreadPool<Input, Output> {
  run(input: Input): Promise<Output>;
  close(): Promise<void>;
}

/**
 * Runs CPU-heavy work (extracting a long report, reading a PDF) on worker threads, so the event
 * loop that answers requests never waits for it. `entry` is the compiled module's URL (`.js`); when
 * the app runs from source, its `.ts` file is loaded through the TypeScript loader instead.
 */
export function createThreadPool<Input, Output>(entry: URL, options: { maxThreads: number }): ThreadPool<Input, Output> {
  const compiled = fileURLToPath(entry);
  const source = compiled.replace(/\.js$/, '.ts');
  const fromSource = !existsSync(compiled) && existsSync(source);
  const pool = new Piscina({
    filename: fromSource ? fileURLToPath(new URL('./typescript-thread.mjs', import.meta.url)) : compiled,
    workerData: { entry: pathToFileURL(fromSource ? source : compiled).href },
    minThreads: 0,
    maxThreads: options.maxThreads,
    // Threads keep what they built (the gazetteer index) while work keeps coming.
    idleTimeout: 10 * 60 * 1000,
  });
  return {
    run: (input) => pool.run(input) as Promise<Output>,
    close: () => pool.close({ force: false }),
  };
}
