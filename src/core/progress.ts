import cliProgress from 'cli-progress';

export interface Progress {
  increment(step?: number, label?: string): void;
  setTotal(total: number): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; on anything else (CI logs, pipes) a line every 10 %, so
 * long work is visible either way. Written to stderr to keep stdout for results.
 */
export function createProgress(title: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${title} [{bar}] {percentage}% | {value}/{total} | {label}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(total, 1), 0, { label: '' });
    return {
      increment: (step = 1, label = '') => bar.increment(step, { label }),
      setTotal: (value) => bar.setTotal(Math.max(value, 1)),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let currentTotal = total;
  let lastReported = -1;
  return {
    increment(step = 1, label = '') {
      done += step;
      const percent = currentTotal > 0 ? Math.floor((done / currentTotal) * 10) * 10 : 100;
      if (percent !== lastReported) {
        lastReported = percent;
        stream.write(`${title}: ${Math.min(done, currentTotal)}/${currentTotal}${label ? ` (${label})` : ''}\n`);
      }
    },
    setTotal(value) {
      currentTotal = value;
    },
    stop() {
      if (lastReported !== 100) stream.write(`${title}: done\n`);
    },
  };
}
