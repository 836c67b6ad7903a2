/** Refusals of the open-data exports: nothing the caller may see matches (HTTP 404). */
export const OPEN_DATA_PROBLEMS = ['no_activities'] as const;

export type OpenDataProblem = (typeof OPEN_DATA_PROBLEMS)[number];
