import { afterAll, beforeAll } from 'vitest';

/**
 * Something made once before the tests of the current file and disposed of after them; read
 * `.current` inside tests (`what` names it in the error when read too early).
 */
export function perFile<T>(what: string, create: () => Promise<T>, dispose: (value: T) => Promise<void>): { readonly current: T } {
  let value: T | undefined;
  beforeAll(async () => {
    value = await create();
  });
  afterAll(async () => {
    if (value) await dispose(value);
  });
  return {
    get current() {
      if (!value) throw new Error(`${what} is created in beforeAll; use it inside tests`);
      return value;
    },
  };
}
