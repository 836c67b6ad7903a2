import type { LocalizedText } from '../../core/db/columns.js';
import { AppError } from '../../core/errors.js';
import { localDate, type ExportLanguage } from '../../core/export/export-language.js';
import type { PageHead } from '../../core/http/page-head.js';
import type { ServiceContext } from '../../core/service-context.js';
import type { ExchangeDetail } from './exchanges.schemas.js';
import { getExchange } from './exchanges.service.js';

const inLanguage = (text: LocalizedText, language: ExportLanguage) => text[language]?.trim() || Object.values(text).find((value) => value.trim() !== '')?.trim() || '';
const nameOf = (entity: { name: string; names: LocalizedText }, language: ExportLanguage) => entity.names[language]?.trim() || entity.name;
const ORGANISING_ROLES = new Set(['host', 'organizer']);

function location(exchange: ExchangeDetail, language: ExportLanguage, pageUrl: string) {
  if (exchange.kind === 'online_session') return { '@type': 'VirtualLocation', url: pageUrl };
  if (!exchange.venue && !exchange.venueName) return undefined;
  const town = exchange.venue ? nameOf(exchange.venue, language) : undefined;
  return {
    '@type': 'Place',
    name: exchange.venueName ?? town,
    ...(exchange.venue
      ? {
          address: { '@type': 'PostalAddress', addressLocality: town, ...(exchange.venue.countryCode ? { addressCountry: exchange.venue.countryCode } : {}) },
          ...(exchange.venue.latitude !== null && exchange.venue.longitude !== null
            ? { geo: { '@type': 'GeoCoordinates', latitude: exchange.venue.latitude, longitude: exchange.venue.longitude } }
            : {}),
        }
      : {}),
  };
}

/**
 * The head of a public exchange's page: title, description, schema.org Event and the iCal feed,
 * as a visitor may see it. Nothing for an exchange that is not public.
 */
export async function exchangePageHead(ctx: ServiceContext, id: string, language: ExportLanguage, publicUrl: string): Promise<PageHead | null> {
  let exchange: ExchangeDetail;
  try {
    exchange = await getExchange(ctx, id);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') return null;
    throw error;
  }
  const pageUrl = `${publicUrl}/exchanges/${exchange.id}`;
  const title = inLanguage(exchange.title, language);
  const dates = exchange.startDate === exchange.endDate ? localDate(exchange.startDate, language) : `${localDate(exchange.startDate, language)} – ${localDate(exchange.endDate, language)}`;
  const where = [exchange.venueName, exchange.venue ? nameOf(exchange.venue, language) : null].filter(Boolean).join(', ');
  const description = inLanguage(exchange.description, language);
  const organizers = exchange.organizations.filter((entry) => ORGANISING_ROLES.has(entry.role)).map((entry) => ({ '@type': 'Organization', name: nameOf(entry.organization, language) }));
  const place = location(exchange, language, pageUrl);
  return {
    language,
    title: `${title} · Stadtdialog`,
    description: description || [dates, where].filter(Boolean).join(' · '),
    structuredData: {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: title,
      ...(description ? { description } : {}),
      startDate: exchange.startDate,
      endDate: exchange.endDate,
      eventStatus: exchange.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: exchange.kind === 'online_session' ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
      ...(place ? { location: place } : {}),
      ...(organizers.length > 0 ? { organizer: organizers } : {}),
      inLanguage: language,
      url: pageUrl,
    },
    alternates: [{ type: 'text/calendar', href: `${publicUrl}/api/exchanges/${exchange.id}/calendar.ics?lang=${language}`, title: title }],
    body: { heading: title, lines: [dates, where, description].filter((line) => line !== '') },
  };
}
