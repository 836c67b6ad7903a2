/**
 * Where to go after signing in: only a path inside this app, so a crafted link cannot send
 * the user to another site (`//evil.example`, `https://…`, `/\evil.example`).
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
