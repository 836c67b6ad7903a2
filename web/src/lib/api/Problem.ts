import type { components } from './schema';

type ProblemDocument = components['schemas']['Problem'];

/** Values a message is built from, e.g. `{ max: 200 }` or `{ from: '2023-11-27', to: '2023-11-29' }`. */
export type ProblemParams = NonNullable<ProblemDocument['params']>;

/** One refused field: where it is (`body.day`), why as a stable code, and the values of the reason. */
export type FieldProblem = NonNullable<ProblemDocument['errors']>[number];

/**
 * An RFC 9457 problem document as the API describes it (`components.schemas.Problem`); a proxy
 * in between may answer with less, so only the status is sure. The UI reads `code` and `params`,
 * never `detail` or `message`.
 */
export type Problem = Partial<ProblemDocument> & { status: number };
