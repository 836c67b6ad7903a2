import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { fieldIssue, type FieldIssue } from '../../core/errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// Argon2id (algorithm 2) with the parameters OWASP recommends as a minimum (19 MiB, 2 passes).
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let commonPasswords: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** What is wrong with a new password (as a field issue of `field`), or null if it is acceptable. */
export function passwordProblem(field: string, password: string, context: { email?: string; name?: string } = {}): FieldIssue | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return fieldIssue(field, 'password_too_short', `must be at least ${MIN_PASSWORD_LENGTH} characters long`, { min: MIN_PASSWORD_LENGTH });
  }
  if (password.length > MAX_PASSWORD_LENGTH) return fieldIssue(field, 'too_long', `must be at most ${MAX_PASSWORD_LENGTH} characters long`, { max: MAX_PASSWORD_LENGTH });
  if (isCommonPassword(password)) return fieldIssue(field, 'password_common', 'is on a list of commonly used passwords; choose another');
  const lowered = password.toLowerCase();
  for (const personal of [context.email, context.email?.split('@')[0], context.name]) {
    if (personal && personal.length >= 4 && lowered === personal.toLowerCase()) return fieldIssue(field, 'password_personal', 'must not be your e-mail address or name');
  }
  if (new Set(password).size <= 2) return fieldIssue(field, 'password_repetitive', 'must not repeat one or two characters');
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Spent on unknown e-mail addresses too, so response times do not tell which accounts exist. */
let dummyHash: Promise<string> | undefined;
export async function spendPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('a password nobody has, for timing');
  await verifyPassword(await dummyHash, password);
}
