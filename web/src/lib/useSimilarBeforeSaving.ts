import { useState } from 'react';

/**
 * Asks before a new record is saved next to similar ones the user can see: `save` looks them up
 * first and, when there are any, holds the saving back until the user chooses one of them or
 * confirms with `createAnyway`. Changing what is compared (`wanted`) asks again.
 */
export function useSimilarBeforeSaving<T>(wanted: unknown, find: () => Promise<T[]>) {
  const key = JSON.stringify(wanted);
  const [asked, setAsked] = useState<{ key: string; candidates: T[]; confirmed: boolean } | null>(null);
  const [checking, setChecking] = useState(false);
  const current = asked?.key === key ? asked : null;
  return {
    /** The similar records while the question is open, otherwise null. */
    asking: current && !current.confirmed ? current.candidates : null,
    checking,
    async save(saveNow: () => void) {
      if (current?.confirmed) return saveNow();
      setChecking(true);
      let candidates: T[] = [];
      try {
        candidates = await find();
      } catch {
        // The lookup is a courtesy: the server still validates what is saved.
      } finally {
        setChecking(false);
      }
      if (candidates.length === 0) return saveNow();
      setAsked({ key, candidates, confirmed: false });
    },
    createAnyway(saveNow: () => void) {
      setAsked({ key, candidates: current?.candidates ?? [], confirmed: true });
      saveNow();
    },
  };
}
