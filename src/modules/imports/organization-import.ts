import { z } from 'zod';
import { codeOfLabel, countryCodeOf } from '../../core/export/read-labels.js';
import type { ServiceContext } from '../../core/service-context.js';
import { createOrganization, findOrganizationsNamed } from '../actors/organizations.service.js';
import { ORGANIZATION_KINDS } from '../actors/actors.types.js';
import { resolvePlace } from '../places/places.service.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { csvIssue, type CsvIssue } from '../../core/csv/csv-issues.js';
import { emptyToUndefined, listCell } from './import-report.js';
import { resolveThemeSlugs, type PreparedRow, type RowImporter } from './row-importer.js';

export const ORGANIZATION_COLUMNS = [
  'name',
  'kind',
  'short_name',
  'name_de',
  'name_en',
  'name_uk',
  'seat',
  'seat_country',
  'seat_geonames_id',
  'country',
  'parent',
  'website',
  'email',
  'phone',
  'address',
  'themes',
  'visibility',
] as const;

const text = (max: number) => z.preprocess(emptyToUndefined, z.string().max(max).optional());

const rowSchema = z.object({
  name: z.string({ error: 'is required' }).min(1, 'is required').max(300),
  kind: z.preprocess((cell) => codeOfLabel('enums.organizationKind', cell), z.enum(ORGANIZATION_KINDS, { error: `must be one of ${ORGANIZATION_KINDS.join(', ')}` })),
  short_name: text(60),
  name_de: text(300),
  name_en: text(300),
  name_uk: text(300),
  seat: text(200),
  seat_country: z.preprocess((cell) => countryCodeOf(emptyToUndefined(cell)), z.string().regex(/^[A-Za-z]{2}$/, 'must be a country code such as DE, UA or XK').transform((code) => code.toUpperCase()).optional()),
  seat_geonames_id: z.preprocess(emptyToUndefined, z.coerce.number({ error: 'must be a GeoNames id (a number)' }).int('must be a whole number').positive().optional()),
  country: z.preprocess((cell) => countryCodeOf(emptyToUndefined(cell)), z.string().regex(/^[A-Za-z]{2}$/, 'must be a country code such as DE, UA or XK').transform((code) => code.toUpperCase()).optional()),
  parent: text(300),
  website: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).optional()),
  email: z.preprocess(emptyToUndefined, z.email('must be an e-mail address').optional()),
  phone: z.preprocess(emptyToUndefined, z.string().regex(/^\+?[0-9 ()/.-]{4,40}$/, 'must be a phone number: digits, spaces and + ( ) / . -').optional()),
  address: text(500),
  themes: text(2000),
  visibility: z.preprocess((cell) => codeOfLabel('enums.visibility', emptyToUndefined(cell)), z.enum(VISIBILITIES, { error: `must be one of ${VISIBILITIES.join(', ')}` }).optional()),
});

type Row = z.infer<typeof rowSchema>;

interface Prepared {
  row: Row;
  seatPlaceId: string | null;
  parent: { id: string } | { line: number } | null;
  themeIds: string[];
}

export const organizationImporter: RowImporter<Row, Prepared> = {
  entity: 'organization',
  columns: ORGANIZATION_COLUMNS,
  required: ['name', 'kind'],
  schema: rowSchema,

  async prepare(ctx: ServiceContext, line: number, row: Row, earlier: PreparedRow<Prepared>[]) {
    const issues: CsvIssue[] = [];
    let seatPlaceId: string | null = null;
    if (row.seat || row.seat_geonames_id) {
      const resolution = await resolvePlace(ctx, { name: row.seat, country: row.seat_country, geonamesId: row.seat_geonames_id });
      if ('problem' in resolution) issues.push(csvIssue(line, row.seat_geonames_id ? 'seat_geonames_id' : 'seat', resolution.code, resolution.problem, resolution.params));
      else {
        seatPlaceId = resolution.place.id;
        if (row.country && resolution.place.countryCode && row.country !== resolution.place.countryCode) {
          issues.push(csvIssue(line, 'country', 'country_mismatch', `must be ${resolution.place.countryCode}, the country of the seat`, { country: resolution.place.countryCode }));
        }
      }
    }
    // Never a second record of the same organization: same name, same seat (or both without a seat),
    // whether it is in a workspace the importer may read or in an earlier line of the file.
    const sameSeat = (candidateSeat: string | null) => candidateSeat === seatPlaceId;
    const twinInFile = earlier.find((entry) => entry.prepared.row.name.toLowerCase() === row.name.toLowerCase() && sameSeat(entry.prepared.seatPlaceId));
    const twin = twinInFile ? null : (await findOrganizationsNamed(ctx, row.name)).find((candidate) => candidate.name.toLowerCase() === row.name.toLowerCase() && sameSeat(candidate.seat?.id ?? null));
    if (twinInFile) issues.push(csvIssue(line, 'name', 'duplicate_in_file', `"${row.name}" with this seat is in line ${twinInFile.line} already`, { line: twinInFile.line }));
    else if (twin) issues.push(csvIssue(line, 'name', 'organization_exists', `"${row.name}" with this seat exists already; it is not entered a second time`, { name: row.name }));
    let parent: Prepared['parent'] = null;
    if (row.parent) {
      const inFile = earlier.find((entry) => entry.prepared.row.name.toLowerCase() === row.parent!.toLowerCase());
      if (inFile) parent = { line: inFile.line };
      else {
        const existing = await findOrganizationsNamed(ctx, row.parent);
        if (existing.length === 1) parent = { id: existing[0]!.id };
        else if (existing.length === 0) issues.push(csvIssue(line, 'parent', 'unknown_name', `no organization is called "${row.parent}" (neither here nor in an earlier line)`, { name: row.parent }));
        else issues.push(csvIssue(line, 'parent', 'ambiguous_name', `"${row.parent}" names ${existing.length} organizations; use a unique name`, { name: row.parent, count: existing.length }));
      }
    }
    const themes = await resolveThemeSlugs(ctx, listCell(row.themes), line);
    issues.push(...themes.issues);
    return { issues, prepared: { row, seatPlaceId, parent, themeIds: themes.ids } };
  },

  async write(ctx, workspaceId, { prepared }, createdByLine) {
    const { row } = prepared;
    const names: Record<string, string> = {};
    if (row.name_de) names.de = row.name_de;
    if (row.name_en) names.en = row.name_en;
    if (row.name_uk) names.uk = row.name_uk;
    const parentId = prepared.parent === null ? null : 'id' in prepared.parent ? prepared.parent.id : (createdByLine.get(prepared.parent.line) ?? null);
    const created = await createOrganization(ctx, {
      workspaceId,
      kind: row.kind,
      name: row.name,
      names,
      shortName: row.short_name ?? null,
      seatPlaceId: prepared.seatPlaceId,
      countryCode: row.country ?? null,
      parentId,
      website: row.website ?? null,
      email: row.email ?? null,
      phone: row.phone ?? null,
      address: row.address ?? null,
      visibility: row.visibility,
      themeIds: prepared.themeIds,
    });
    return created.id;
  },
};
