import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random token with a readable prefix, e.g. `sdt_3Jx…`; 256 bits of randomness. */
export function generateSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are long random strings, so a fast hash is enough to make a stolen table useless. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function equalInConstantTime(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
