import { z } from 'zod';
import { csvIssue, type CsvIssue } from '../../core/csv/csv-issues.js';
import type { ServiceContext } from '../../core/service-context.js';
import { createPartnership } from '../partnerships/partnership-changes.service.js';
import { partnershipJoiningExists } from '../partnerships/partnerships.service.js';
import type { PartnershipKind } from '../partnerships/partnerships.types.js';
import { countryCodeOf } from '../../core/export/read-labels.js';
import { isCountryCode } from '../../core/names/country-names.js';
import { adminCodesOf, autocompletePlaces } from '../places/places.service.js';
import { searchKey } from '../../core/names/name-keys.js';
import { emptyToUndefined } from './import-report.js';
import type { PreparedRow, RowImporter } from './row-importer.js';

/** The columns of the German partnership database: town and state, partner town and country, kind, since. */
export const PARTNERSHIP_COLUMNS = ['kommune', 'bundesland', 'partnerkommune', 'partnerland', 'art', 'seit'] as const;

/** The four kinds of links the German partnership database knows. */
export const PARTNERSHIP_KIND_OF_LINK: Record<string, PartnershipKind> = {
  partnerschaft: 'city_twinning',
  freundschaft: 'friendship',
  kontakt: 'contact',
  projektpartnerschaft: 'project_partnership',
};

const rowSchema = z.object({
  kommune: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200),
  bundesland: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()),
  partnerkommune: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200),
  partnerland: z.string({ error: 'is required' }).trim().min(1, 'is required').max(100),
  art: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
    z.enum(Object.keys(PARTNERSHIP_KIND_OF_LINK) as [string, ...string[]], { error: 'must be Partnerschaft, Freundschaft, Kontakt or Projektpartnerschaft' }),
  ),
  seit: z.preprocess(emptyToUndefined, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year (1961) or a date (1961-05-20)').optional()),
});

type Row = z.infer<typeof rowSchema>;

interface Prepared {
  row: Row;
  placeId: string;
  partnerPlaceId: string;
  title: string;
}

/** The German states by name (any usual spelling) and their GeoNames admin1 code. */
export const GERMAN_STATES: [code: string, names: string[]][] = [
  ['01', ['Baden-Württemberg']],
  ['02', ['Bayern', 'Bavaria', 'Freistaat Bayern']],
  ['03', ['Bremen', 'Freie Hansestadt Bremen']],
  ['04', ['Hamburg', 'Freie und Hansestadt Hamburg']],
  ['05', ['Hessen', 'Hesse']],
  ['06', ['Niedersachsen', 'Lower Saxony']],
  ['07', ['Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW']],
  ['08', ['Rheinland-Pfalz', 'Rhineland-Palatinate']],
  ['09', ['Saarland']],
  ['10', ['Schleswig-Holstein']],
  ['11', ['Brandenburg']],
  ['12', ['Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania']],
  ['13', ['Sachsen', 'Saxony', 'Freistaat Sachsen']],
  ['14', ['Sachsen-Anhalt', 'Saxony-Anhalt']],
  ['15', ['Thüringen', 'Thuringia', 'Freistaat Thüringen']],
  ['16', ['Berlin']],
];
const stateCodeOf = (name: string) => GERMAN_STATES.find(([, names]) => names.some((candidate) => searchKey(candidate) === searchKey(name)))?.[0];

interface Town {
  id: string;
  name: string;
}

/** The town of this name in the country; with a state, the one in that state. Ambiguous or unknown: an issue. */
async function townIn(ctx: ServiceContext, line: number, column: string, name: string, country: string, state?: string): Promise<Town | CsvIssue> {
  const key = searchKey(name);
  const suggestions = (await autocompletePlaces(ctx, { q: name, country, limit: 20 })).filter(
    (place) => searchKey(place.matchedName) === key && (place.kind === 'municipality' || place.kind === 'district'),
  );
  const stateCode = state ? stateCodeOf(state) : undefined;
  const adminCodes = stateCode ? await adminCodesOf(ctx, suggestions.map((place) => place.id)) : new Map<string, string | null>();
  const inState = stateCode ? suggestions.filter((place) => adminCodes.get(place.id) === stateCode) : suggestions;
  if (inState.length === 0) {
    return state && suggestions.length > 0
      ? csvIssue(line, column, 'unknown_place', `no town "${name}" lies in ${state}`, { name })
      : csvIssue(line, column, 'unknown_place', `no town is called "${name}" in ${country}`, { name });
  }
  const [first, second] = inState;
  if (second && (first!.population ?? 0) < 10 * Math.max(second.population ?? 0, 1)) {
    const options = inState.slice(0, 3).map((place) => `${place.name} (${place.parent?.name ?? place.countryCode ?? '?'})`);
    return csvIssue(line, column, 'ambiguous_place', `"${name}" could be ${options.join(' or ')}; name the state`, { name, options });
  }
  return { id: first!.id, name: first!.name };
}

const isIssue = (value: Town | CsvIssue): value is CsvIssue => 'code' in value;

export const partnershipImporter: RowImporter<Row, Prepared> = {
  entity: 'partnership',
  columns: PARTNERSHIP_COLUMNS,
  required: ['kommune', 'partnerkommune', 'partnerland', 'art'],
  schema: rowSchema,

  async prepare(ctx, line, row, earlier: PreparedRow<Prepared>[]) {
    const issues: CsvIssue[] = [];
    const code = countryCodeOf(row.partnerland);
    const country = typeof code === 'string' && /^[A-Za-z]{2}$/.test(code) && isCountryCode(code.toUpperCase()) ? code.toUpperCase() : null;
    if (!country) issues.push(csvIssue(line, 'partnerland', 'invalid_country', `"${row.partnerland}" is no country name or code`, { name: row.partnerland }));
    if (row.bundesland && !stateCodeOf(row.bundesland)) issues.push(csvIssue(line, 'bundesland', 'unknown_place', `"${row.bundesland}" is no German state`, { name: row.bundesland }));
    const town = await townIn(ctx, line, 'kommune', row.kommune, 'DE', row.bundesland && stateCodeOf(row.bundesland) ? row.bundesland : undefined);
    const partner = country ? await townIn(ctx, line, 'partnerkommune', row.partnerkommune, country) : null;
    if (isIssue(town)) issues.push(town);
    if (partner && isIssue(partner)) issues.push(partner);
    if (issues.length > 0 || isIssue(town) || !partner || isIssue(partner)) return { issues, prepared: { row, placeId: '', partnerPlaceId: '', title: '' } };
    const twin = earlier.find(
      (entry) =>
        new Set([entry.prepared.placeId, entry.prepared.partnerPlaceId]).has(town.id) &&
        new Set([entry.prepared.placeId, entry.prepared.partnerPlaceId]).has(partner.id) &&
        entry.prepared.row.art === row.art,
    );
    if (twin) issues.push(csvIssue(line, 'partnerkommune', 'duplicate_in_file', `this link is in line ${twin.line} already`, { line: twin.line }));
    else if (await partnershipJoiningExists(ctx, PARTNERSHIP_KIND_OF_LINK[row.art]!, [town.id, partner.id])) {
      issues.push(csvIssue(line, 'partnerkommune', 'partnership_exists', `${town.name} and ${partner.name} are linked this way already; the link is not entered a second time`, { name: `${town.name} – ${partner.name}` }));
    }
    return { issues, prepared: { row, placeId: town.id, partnerPlaceId: partner.id, title: `${town.name} – ${partner.name}` } };
  },

  async write(ctx, workspaceId, { prepared }) {
    const created = await createPartnership(ctx, {
      workspaceId,
      visibility: 'workspace',
      kind: PARTNERSHIP_KIND_OF_LINK[prepared.row.art]!,
      title: { de: prepared.title },
      description: {},
      since: prepared.row.seit ?? null,
      status: 'active',
      endedOn: null,
      parentId: null,
      parties: [{ placeId: prepared.placeId }, { placeId: prepared.partnerPlaceId }],
      themeIds: [],
    });
    return created.id;
  },
};
