import type { CsvColumn } from '../../core/csv/csv-export.js';
import { countryName } from '../../core/export/export-labels.js';
import type { ServiceContext } from '../../core/service-context.js';
import type { PartnershipSummary } from '../partnerships/partnerships.schemas.js';
import { listPartnerships } from '../partnerships/partnerships.service.js';
import { adminCodesOf } from '../places/places.service.js';
import { GERMAN_STATES, PARTNERSHIP_KIND_OF_LINK } from './partnership-import.js';

export interface DatabaseLink {
  town: string;
  state: string;
  partnerTown: string;
  partnerCountry: string;
  kind: string;
  since: string;
}

const LINK_OF_KIND = new Map(Object.entries(PARTNERSHIP_KIND_OF_LINK).map(([link, kind]) => [kind, link.charAt(0).toUpperCase() + link.slice(1)]));
const STATE_OF_CODE = new Map(GERMAN_STATES.map(([code, names]) => [code, names[0]!]));

/** The columns the import reads, in the same order and words. */
export const DATABASE_COLUMNS: CsvColumn<DatabaseLink>[] = [
  { header: 'Kommune', value: (link) => link.town },
  { header: 'Bundesland', value: (link) => link.state },
  { header: 'Partnerkommune', value: (link) => link.partnerTown },
  { header: 'Partnerland', value: (link) => link.partnerCountry },
  { header: 'Art', value: (link) => link.kind },
  { header: 'seit', value: (link) => link.since },
];

const sinceOf = (partnership: PartnershipSummary) =>
  !partnership.since ? '' : partnership.sincePrecision === 'year' ? partnership.since.slice(0, 4) : partnership.sincePrecision === 'month' ? partnership.since.slice(0, 7) : partnership.since;

/**
 * The links the viewer may see in the German partnership database's form: partnerships of its four
 * kinds between a German town and one other town, the German one first. Page by page.
 */
export async function* partnershipDatabaseLinks(ctx: ServiceContext): AsyncIterable<DatabaseLink[]> {
  let cursor: string | undefined;
  do {
    const page = await listPartnerships(ctx, { limit: 100, cursor });
    const pairs = page.items.flatMap((partnership) => {
      const towns = partnership.parties.map((party) => party.place).filter((place) => place !== null);
      const link = LINK_OF_KIND.get(partnership.kind);
      if (!link || towns.length !== 2 || partnership.parties.length !== 2) return [];
      const german = towns.find((town) => town.countryCode === 'DE');
      const partner = towns.find((town) => town !== german);
      return german && partner ? [{ partnership, german, partner, link }] : [];
    });
    const adminCodes = await adminCodesOf(ctx, pairs.map((pair) => pair.german.id));
    yield pairs.map(({ partnership, german, partner, link }) => ({
      town: german.names.de ?? german.name,
      state: STATE_OF_CODE.get(adminCodes.get(german.id) ?? '') ?? '',
      partnerTown: partner.name,
      partnerCountry: countryName(partner.countryCode, 'de'),
      kind: link,
      since: sinceOf(partnership),
    }));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
