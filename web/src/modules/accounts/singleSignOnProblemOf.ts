const PROBLEMS = { expired: 'expired', failed: 'failed', 'no-account': 'noAccount', 'address-taken': 'addressTaken' } as const;

export type SingleSignOnProblem = (typeof PROBLEMS)[keyof typeof PROBLEMS];

/** Why single sign-on sent the browser back to the sign-in page (`?signOn=…`), if it did. */
export function singleSignOnProblemOf(value: string | null): SingleSignOnProblem | null {
  return value !== null && Object.hasOwn(PROBLEMS, value) ? PROBLEMS[value as keyof typeof PROBLEMS] : null;
}
