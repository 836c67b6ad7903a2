import { SESSION_COOKIE } from './session-cookie.js';

/**
 * Who may call an operation, as the API description states it. Services decide access at run
 * time; these patterns restate their rules by route so the description can name the security
 * schemes. The permission matrix test checks them against the rules it tries out.
 */
export type OperationAccess = 'anyone' | 'signed-in' | 'session-only';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Changes open to visitors who are not signed in. */
const ANONYMOUS_CHANGES = [
  /^\/api\/auth\/(sign-up|sign-in|sign-out|password-reset|password-reset\/confirm|verify-email)$/,
  /^\/api\/registration-invitations\/:token$/,
];

/** Reads that need a signed-in viewer; every other read shows public records to anyone. */
const SIGNED_IN_READS = [/^\/api\/me(\/|$)/, /^\/api\/workspaces(\/|$)/, /\/history$/, /\/registrations$/, /\/participants\.csv$/, /\/comments$/];

/** Account settings change only from a signed-in browser, never with an API token. */
const SESSION_ONLY = [
  /^(PATCH) \/api\/me$/,
  /^(PUT) \/api\/me\/password$/,
  /^(GET|POST|DELETE) \/api\/me\/tokens(\/:id)?$/,
  /^POST \/api\/auth\/(sign-out-everywhere|verify-email\/resend)$/,
];

export function accessOf(method: string, url: string): OperationAccess {
  if (SESSION_ONLY.some((pattern) => pattern.test(`${method} ${url}`))) return 'session-only';
  if (CHANGES.has(method)) return ANONYMOUS_CHANGES.some((pattern) => pattern.test(url)) ? 'anyone' : 'signed-in';
  return SIGNED_IN_READS.some((pattern) => pattern.test(url)) ? 'signed-in' : 'anyone';
}

export const SECURITY_SCHEMES = {
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'sdt_…',
    description: 'An API token (`Authorization: Bearer sdt_…`), created under /api/me/tokens; read-only tokens may not change anything.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie a browser gets from POST /api/auth/sign-in.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'Changes sent with the session cookie carry the `csrfToken` of GET /api/auth/session in this header.',
  },
} as const;

type SecurityRequirement = Partial<Record<keyof typeof SECURITY_SCHEMES, string[]>>;

/** The ways to authenticate an operation; an empty requirement means a visitor may call it anonymously. */
export function securityOf(method: string, url: string): SecurityRequirement[] {
  const session: SecurityRequirement = CHANGES.has(method) ? { sessionCookie: [], csrfToken: [] } : { sessionCookie: [] };
  switch (accessOf(method, url)) {
    case 'session-only':
      return [session];
    case 'signed-in':
      return [{ apiToken: [] }, session];
    case 'anyone':
      return [{}, { apiToken: [] }, session];
  }
}
