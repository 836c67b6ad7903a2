import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, ResponseOf } from '../../lib/api/contract';

/** The personal calendar feed: whether there is one, and when it was made and last read. */
export type CalendarFeed = ResponseOf<'/api/me/calendar-feed'>;

/** Query keys of the account's own settings; the session itself is `sessionQuery`. */
export const accountKeys = {
  calendarFeed: ['me', 'calendar-feed'] as const,
};

/** Signing in and out, the account's own details, password and calendar feed. */
export const accountApi = {
  signIn: (email: string, password: string) => dataOf(api.POST('/api/auth/sign-in', { body: { email, password } })),
  signUp: (body: DraftOf<'/api/auth/sign-up', 'post'>) => dataOf(api.POST('/api/auth/sign-up', { body })),
  signOut: () => dataOf(api.POST('/api/auth/sign-out')),
  signOutEverywhere: () => dataOf(api.POST('/api/auth/sign-out-everywhere')),
  requestPasswordReset: (email: string) => dataOf(api.POST('/api/auth/password-reset', { body: { email } })),
  resetPassword: (token: string, password: string) => dataOf(api.POST('/api/auth/password-reset/confirm', { body: { token, password } })),
  verifyEmail: (token: string) => dataOf(api.POST('/api/auth/verify-email', { body: { token } })),
  resendVerification: () => dataOf(api.POST('/api/auth/verify-email/resend')),

  updateProfile: (body: DraftOf<'/api/me', 'patch'>) => dataOf(api.PATCH('/api/me', { body })),
  changePassword: (body: DraftOf<'/api/me/password', 'put'>) => dataOf(api.PUT('/api/me/password', { body })),

  calendarFeed: (signal?: AbortSignal) => dataOf(api.GET('/api/me/calendar-feed', { signal })),
  /** A new secret address for the feed, replacing any earlier one; the answer is the only time it is sent. */
  createCalendarFeed: () => dataOf(api.POST('/api/me/calendar-feed')),
  removeCalendarFeed: () => dataOf(api.DELETE('/api/me/calendar-feed')),
};
