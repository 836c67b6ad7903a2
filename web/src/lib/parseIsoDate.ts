/** A calendar date `YYYY-MM-DD` as a Date at midnight UTC, so formatting in UTC never shifts the day. */
export function parseIsoDate(iso: string): Date {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}
