import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive, processStartTime } from './process-info.js';

interface LockRecord {
  pid: number;
  startTime: string | null;
  command: string;
  acquiredAt: string;
}

export interface LockHolder {
  pid: number;
  command: string;
  acquiredAt: string;
}

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `Another Stadtdialog process (pid ${holder.pid}, "${holder.command}", since ${holder.acquiredAt}) is using ` +
        `the data directory ${dataDir}. Stop it first, or set STADTDIALOG_DATA_DIR to another directory.`,
    );
    this.name = 'DataDirectoryInUseError';
  }
}

/**
 * One live Stadtdialog process owns a data directory at a time. The lock is a pid file;
 * a file left behind by a killed process (pid gone, or pid recycled) is taken over.
 */
export class InstanceLock {
  private held = false;
  readonly file: string;

  constructor(readonly dataDir: string) {
    this.file = path.join(dataDir, 'stadtdialog.pid');
  }

  /** The live process holding the lock, if any. */
  currentHolder(): LockHolder | null {
    const record = this.read();
    if (!record || record.pid === process.pid) return null;
    if (!isProcessAlive(record.pid)) return null;
    const startTime = processStartTime(record.pid);
    if (record.startTime && startTime && record.startTime !== startTime) return null;
    return { pid: record.pid, command: record.command, acquiredAt: record.acquiredAt };
  }

  acquire(command: string): void {
    for (let attempt = 0; attempt < 5; attempt++) {
      const holder = this.currentHolder();
      if (holder) throw new DataDirectoryInUseError(this.dataDir, holder);
      if (this.tryCreate(command)) {
        this.held = true;
        return;
      }
      if (!this.read() && attempt === 0) {
        // Possibly another process between creating and writing the file: look again shortly.
        sleepSync(50);
        continue;
      }
      // Left by a dead process, or unreadable after the pause: take it over.
      if (!this.currentHolder()) rmSync(this.file, { force: true });
    }
    throw new Error(`Could not take the lock ${this.file}`);
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    const record = this.read();
    if (record?.pid === process.pid) rmSync(this.file, { force: true });
  }

  private tryCreate(command: string): boolean {
    const record: LockRecord = {
      pid: process.pid,
      startTime: processStartTime(process.pid),
      command,
      acquiredAt: new Date().toISOString(),
    };
    let fd: number;
    try {
      fd = openSync(this.file, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      writeSync(fd, JSON.stringify(record));
    } finally {
      closeSync(fd);
    }
    return true;
  }

  private read(): LockRecord | null {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<LockRecord>;
      if (typeof parsed.pid !== 'number') return null;
      return {
        pid: parsed.pid,
        startTime: parsed.startTime ?? null,
        command: parsed.command ?? 'unknown',
        acquiredAt: parsed.acquiredAt ?? 'unknown',
      };
    } catch {
      // Missing, or half-written by a process killed while writing it: treat as absent.
      return null;
    }
  }
}

function sleepSync(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
}
