/** Values a message is built from, e.g. `{ max: 200 }` or `{ from: '2023-11-27', to: '2023-11-29' }`. */
export type ProblemParams = Record<string, string | number | boolean | string[]>;

/** One refused field: where it is (`body.day`), why as a stable code, and the values of the reason. */
export interface FieldProblem {
  field: string;
  code: string;
  params?: ProblemParams;
  message: string;
}

/** What is wrong with a cell, a column or the whole of an imported CSV file. */
export interface CsvIssue extends FieldProblem {
  /** Line of the file; the header is line 1. */
  line: number;
}

/** An RFC 9457 problem document as the API sends it. The UI reads `code` and `params`, never `detail` or `message`. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  params?: ProblemParams;
  errors?: FieldProblem[];
  requestId?: string;
}
