import { z } from 'zod';
import { findOrganizationsNamed } from '../actors/organizations.service.js';
import { createPerson } from '../actors/people-changes.service.js';
import { CONSENT_BASES } from '../actors/actors.types.js';
import { codeOfLabel, languageCodeOf } from '../../core/export/read-labels.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { csvIssue, type CsvIssue } from '../../core/csv/csv-issues.js';
import { emptyToUndefined, listCell } from './import-report.js';
import { resolveThemeSlugs, type RowImporter } from './row-importer.js';

export const PEOPLE_COLUMNS = [
  'given_name',
  'family_name',
  'honorific',
  'email',
  'phone',
  'languages',
  'organization',
  'role',
  'from',
  'to',
  'themes',
  'consent_basis',
  'consent_obtained_on',
  'consent_note',
  'visibility',
] as const;

const text = (max: number) => z.preprocess(emptyToUndefined, z.string().max(max).optional());
const date = z.preprocess(emptyToUndefined, z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional());

const rowSchema = z
  .object({
    given_name: z.string({ error: 'is required' }).min(1, 'is required').max(100),
    family_name: z.string({ error: 'is required' }).min(1, 'is required').max(100),
    honorific: text(40),
    email: z.preprocess(emptyToUndefined, z.email('must be an e-mail address').optional()),
    phone: z.preprocess(emptyToUndefined, z.string().regex(/^\+?[0-9 ()/.-]{4,40}$/, 'must be a phone number: digits, spaces and + ( ) / . -').optional()),
    languages: z.preprocess(
      (value) => listCell(typeof value === 'string' ? value : '').map(languageCodeOf),
      z.array(z.string().regex(/^[a-z]{2,3}$/, 'must be language codes such as de;uk')),
    ),
    organization: text(300),
    role: text(200),
    from: date,
    to: date,
    themes: text(2000),
    consent_basis: z.preprocess(
      (cell) => codeOfLabel('enums.consentBasis', cell),
      z.enum(CONSENT_BASES, { error: `is required for people entered by someone else; one of ${CONSENT_BASES.join(', ')}` }),
    ),
    consent_obtained_on: date,
    consent_note: text(1000),
    visibility: z.preprocess((cell) => codeOfLabel('enums.visibility', emptyToUndefined(cell)), z.enum(VISIBILITIES, { error: `must be one of ${VISIBILITIES.join(', ')}` }).optional()),
  })
  .superRefine((row, context) => {
    if (row.from && row.to && row.to < row.from) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from', params: { code: 'end_before_start' } });
    if ((row.role || row.from || row.to) && !row.organization) context.addIssue({ code: 'custom', path: ['organization'], message: 'is required when role, from or to is given', params: { code: 'required' } });
  });

type Row = z.infer<typeof rowSchema>;

interface Prepared {
  row: Row;
  organizationId: string | null;
  themeIds: string[];
}

export const peopleImporter: RowImporter<Row, Prepared> = {
  entity: 'person',
  columns: PEOPLE_COLUMNS,
  required: ['given_name', 'family_name', 'consent_basis'],
  schema: rowSchema,

  async prepare(ctx, line, row) {
    const issues: CsvIssue[] = [];
    let organizationId: string | null = null;
    if (row.organization) {
      const matches = await findOrganizationsNamed(ctx, row.organization);
      if (matches.length === 1) organizationId = matches[0]!.id;
      else if (matches.length === 0) issues.push(csvIssue(line, 'organization', 'unknown_name', `no organization is called "${row.organization}"`, { name: row.organization }));
      else issues.push(csvIssue(line, 'organization', 'ambiguous_name', `"${row.organization}" names ${matches.length} organizations; use a unique name`, { name: row.organization, count: matches.length }));
    }
    const themes = await resolveThemeSlugs(ctx, listCell(row.themes), line);
    issues.push(...themes.issues);
    return { issues, prepared: { row, organizationId, themeIds: themes.ids } };
  },

  async write(ctx, workspaceId, { prepared }) {
    const { row } = prepared;
    const created = await createPerson(ctx, {
      workspaceId,
      givenName: row.given_name,
      familyName: row.family_name,
      honorific: row.honorific ?? null,
      email: row.email ?? null,
      phone: row.phone ?? null,
      languages: row.languages,
      visibility: row.visibility,
      themeIds: prepared.themeIds,
      affiliations: prepared.organizationId
        ? [{ organizationId: prepared.organizationId, role: row.role ?? null, from: row.from ?? null, to: row.to ?? null }]
        : [],
      consent: { basis: row.consent_basis, obtainedOn: row.consent_obtained_on ?? null, note: row.consent_note ?? null },
    });
    return created.id;
  },
};
