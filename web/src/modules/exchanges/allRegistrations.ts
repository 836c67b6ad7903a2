import { exchangeApi, type Registration } from './exchangeApi';

/** Everyone on an exchange's list, page after page (for lists used whole: printing, check-in). */
export async function allRegistrations(exchangeId: string, signal: AbortSignal): Promise<Registration[]> {
  const all: Registration[] = [];
  let cursor: string | undefined;
  do {
    const page = await exchangeApi.registrations(exchangeId, { limit: 100, cursor }, signal);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
