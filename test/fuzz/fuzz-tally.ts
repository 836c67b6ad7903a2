import type { FuzzCase } from './fuzz-cases.js';
import type { Operation } from './openapi-operations.js';

const EXAMPLES_PER_FAILURE = 3;

/** What the fuzz run sent and got: the counts for the summary and a few examples of each failure. */
export class FuzzTally {
  private readonly statuses = new Map<number, number>();
  private readonly kinds = new Map<string, number>();
  private readonly neverSucceeded: Set<string>;
  readonly failures = new Map<string, string[]>();

  constructor(operations: Operation[]) {
    this.neverSucceeded = new Set(operations.map((operation) => `${operation.method} ${operation.path}`));
  }

  count(operation: Operation, fuzzCase: FuzzCase, statusCode: number): void {
    this.statuses.set(statusCode, (this.statuses.get(statusCode) ?? 0) + 1);
    this.kinds.set(fuzzCase.kind, (this.kinds.get(fuzzCase.kind) ?? 0) + 1);
    if (statusCode < 300) this.neverSucceeded.delete(`${operation.method} ${operation.path}`);
  }

  fail(key: string, operation: Operation, fuzzCase: FuzzCase, problem: string): void {
    const examples = this.failures.get(key) ?? [];
    if (examples.length < EXAMPLES_PER_FAILURE) {
      examples.push(`[${fuzzCase.kind}${fuzzCase.note ? `: ${fuzzCase.note}` : ''}] ${operation.method} ${fuzzCase.url.slice(0, 160)} → ${problem}`);
    }
    this.failures.set(key, examples);
  }

  get requests(): number {
    return [...this.kinds.values()].reduce((sum, count) => sum + count, 0);
  }

  summary(heading: string, verbose: boolean): string {
    const never = [...this.neverSucceeded];
    return [
      heading,
      `  cases: ${[...this.kinds].map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
      `  statuses: ${[...this.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ')}`,
      `  never answered with success: ${never.length} operations${verbose ? never.map((operation) => `\n    ${operation}`).join('') : ''}`,
      `  failing: ${this.failures.size} operation/visitor pairs`,
    ].join('\n');
  }

  failureReport(): string[] {
    return [...this.failures].map(([key, examples]) => `${key}\n    ${examples.join('\n    ')}`);
  }
}
