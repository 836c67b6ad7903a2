/**
 * iCalendar (RFC 5545) writing: text escaping, line folding at 75 octets without splitting a
 * character, CRLF line ends. Dates are all-day values; times are written in UTC.
 */
export interface CalendarEvent {
  uid: string;
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  categories?: string[];
  /** All-day: first and last day (inclusive), YYYY-MM-DD. */
  days?: { first: string; last: string };
  /** Timed: start and optional end instants. */
  times?: { start: Date; end: Date | null };
  geo?: { latitude: number; longitude: number };
}

export interface Calendar {
  name: string;
  description?: string;
  events: CalendarEvent[];
  /** How often a subscribed calendar should be read again. */
  refreshHours?: number;
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, continuing with a space (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines begin with a space
    }
    current += character;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utc = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const day = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function eventLines(event: CalendarEvent): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utc(event.stamp)}`];
  if (event.days) {
    lines.push(`DTSTART;VALUE=DATE:${day(event.days.first)}`, `DTEND;VALUE=DATE:${day(nextDay(event.days.last))}`);
  } else if (event.times) {
    lines.push(`DTSTART:${utc(event.times.start)}`);
    if (event.times.end) lines.push(`DTEND:${utc(event.times.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.latitude.toFixed(6)};${event.geo.longitude.toFixed(6)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  if (event.categories && event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  lines.push(`LAST-MODIFIED:${utc(event.stamp)}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

export function writeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stadtdialog//Exchanges//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...(calendar.refreshHours ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshHours}H`, `X-PUBLISHED-TTL:PT${calendar.refreshHours}H`] : []),
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
