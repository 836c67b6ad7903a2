import type { SignInNotice } from './SignInNotice';

const NOTICES: readonly SignInNotice[] = ['signedOut', 'signedOutEverywhere', 'passwordReset'];

export function signInNoticeOf(state: unknown): SignInNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return NOTICES.find((candidate) => candidate === notice) ?? null;
}
