import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { LocalizedText } from '../../core/db/columns.js';
import { BUDGET_TYPE_ORIGINAL, IATI_VERSION, LOCATION, SECTOR_VOCABULARY_DAC, WGS84 } from './iati-codes.js';

export interface IatiOrganisation {
  ref: string | null;
  type: string | null;
  names: LocalizedText;
}

export interface IatiTransaction {
  type: string;
  date: string;
  value: number;
  currency: string;
  description: LocalizedText;
  provider?: IatiOrganisation;
  receiver?: IatiOrganisation;
}

/** One activity as the IATI standard describes it, in the order its schema requires. */
export interface IatiActivity {
  identifier: string;
  lastUpdated: Date;
  language: string;
  currency: string;
  hierarchy: 1 | 2;
  reporting: IatiOrganisation & { ref: string; type: string };
  title: LocalizedText;
  descriptions: { type: '1' | '2'; text: LocalizedText }[];
  participants: { organisation: IatiOrganisation; role: string }[];
  status: string;
  dates: { type: string; date: string }[];
  countries: { code: string; percentage: number }[];
  locations: { ref: string; names: LocalizedText; latitude: number | null; longitude: number | null; geonamesId: number | null }[];
  sectors: { code: string; percentage: number }[];
  budgets: { status: string; start: string; end: string; value: number; currency: string; valueDate: string }[];
  transactions: IatiTransaction[];
  related: { type: string; ref: string }[];
}

/** The key of a text whose language is not known (a name as entered): its narrative carries no xml:lang. */
export const UNSTATED_LANGUAGE = '';

function narratives(parent: XMLBuilder, text: LocalizedText) {
  for (const [language, value] of Object.entries(text)) {
    if (value.trim() !== '') parent.ele('narrative', language === UNSTATED_LANGUAGE ? {} : { 'xml:lang': language }).txt(value.trim());
  }
}

const amount = (value: number) => value.toFixed(2);

function organisation(parent: XMLBuilder, element: string, org: IatiOrganisation, extra: Record<string, string> = {}) {
  const attributes: Record<string, string> = { ...extra };
  if (org.ref) attributes.ref = org.ref;
  if (org.type) attributes.type = org.type;
  narratives(parent.ele(element, attributes), org.names);
}

function activity(parent: XMLBuilder, item: IatiActivity) {
  const node = parent.ele('iati-activity', {
    'last-updated-datetime': item.lastUpdated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'xml:lang': item.language,
    'default-currency': item.currency,
    hierarchy: String(item.hierarchy),
  });
  node.ele('iati-identifier').txt(item.identifier);
  organisation(node, 'reporting-org', item.reporting);
  narratives(node.ele('title'), item.title);
  for (const description of item.descriptions) narratives(node.ele('description', { type: description.type }), description.text);
  for (const participant of item.participants) organisation(node, 'participating-org', participant.organisation, { role: participant.role });
  node.ele('activity-status', { code: item.status });
  for (const date of item.dates) node.ele('activity-date', { type: date.type, 'iso-date': date.date });
  for (const country of item.countries) node.ele('recipient-country', { code: country.code, percentage: String(country.percentage) });
  for (const location of item.locations) {
    const place = node.ele('location', { ref: location.ref });
    place.ele('location-reach', { code: LOCATION.activityHere });
    if (location.geonamesId !== null) place.ele('location-id', { vocabulary: LOCATION.geonamesVocabulary, code: String(location.geonamesId) });
    narratives(place.ele('name'), location.names);
    if (location.latitude !== null && location.longitude !== null) {
      place.ele('point', { srsName: WGS84 }).ele('pos').txt(`${location.latitude} ${location.longitude}`);
      place.ele('exactness', { code: LOCATION.exact });
    }
  }
  for (const sector of item.sectors) node.ele('sector', { vocabulary: SECTOR_VOCABULARY_DAC, code: sector.code, percentage: String(sector.percentage) });
  for (const budget of item.budgets) {
    const element = node.ele('budget', { type: BUDGET_TYPE_ORIGINAL, status: budget.status });
    element.ele('period-start', { 'iso-date': budget.start });
    element.ele('period-end', { 'iso-date': budget.end });
    element.ele('value', { currency: budget.currency, 'value-date': budget.valueDate }).txt(amount(budget.value));
  }
  for (const transaction of item.transactions) {
    const element = node.ele('transaction');
    element.ele('transaction-type', { code: transaction.type });
    element.ele('transaction-date', { 'iso-date': transaction.date });
    element.ele('value', { currency: transaction.currency, 'value-date': transaction.date }).txt(amount(transaction.value));
    if (Object.values(transaction.description).some((text) => text.trim() !== '')) narratives(element.ele('description'), transaction.description);
    if (transaction.provider) organisation(element, 'provider-org', transaction.provider);
    if (transaction.receiver) organisation(element, 'receiver-org', transaction.receiver);
  }
  for (const related of item.related) node.ele('related-activity', { type: related.type, ref: related.ref });
}

/** The activities as one IATI 2.03 activity file. */
export function presentIatiActivities(items: IatiActivity[], generatedAt: Date): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('iati-activities', {
    version: IATI_VERSION,
    'generated-datetime': generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
  for (const item of items) activity(root, item);
  return root.end({ prettyPrint: true });
}
