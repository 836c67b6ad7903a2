import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Validator, type Schema } from 'jsonschema';
import { describe, expect, it } from 'vitest';
import { requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { demoId } from '../../demo/demo-id.js';
import { organizations } from '../actors/organizations.tables.js';
import { ORGANIZATION_KINDS } from '../actors/actors.types.js';
import { exchanges } from '../exchanges/exchanges.tables.js';

const SCHEMAS = path.resolve(import.meta.dirname, '../../../test/fixtures/popolo-schemas');
const validator = new Validator();
for (const file of readdirSync(SCHEMAS).filter((name) => name.endsWith('.json'))) {
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')) as Schema;
  validator.addSchema(schema, schema.id);
}
const schemaOf = (name: string) => validator.schemas[`http://www.popoloproject.com/schemas/${name}.json#`]!;

/** The errors of every item against the official Popolo schema (draft 03) of its kind. */
function popoloErrors(items: unknown[], kind: 'organization' | 'person' | 'membership' | 'event'): string[] {
  return items.flatMap((item, index) => validator.validate(item, schemaOf(kind)).errors.map((error) => `#${index} ${error.stack}`));
}

describe('Popolo export', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);

  it('gives organisations, persons, memberships and events of the demo data valid against the Popolo schemas', async () => {
    for (const [file, kind] of [
      ['organizations', 'organization'],
      ['persons', 'person'],
      ['memberships', 'membership'],
      ['events', 'event'],
    ] as const) {
      const response = await send('GET', `/api/popolo/${file}.json`, null);
      expect(response.status, file).toBe(200);
      expect(response.body.length, file).toBeGreaterThan(0);
      expect(popoloErrors(response.body, kind), file).toEqual([]);
    }
    // The validator is not blind: a date in the wrong form is caught.
    expect(popoloErrors([{ id: 'x', start_date: '28.11.2023' }], 'event')).not.toEqual([]);
  });

  it('stays valid for a thousand generated organisations and exchanges', async () => {
    const { db } = testApp.current.database;
    const { workspace, coordinator } = await workspaceWithRoles(db, 'Popolo-Massendaten');
    await db.insert(organizations).values(
      Array.from({ length: 1000 }, (_, index) => ({
        workspaceId: workspace.id,
        visibility: 'public' as const,
        kind: ORGANIZATION_KINDS[index % ORGANIZATION_KINDS.length]!,
        name: `Organisation ${index} <&> „Ost“`,
        names: index % 2 === 0 ? { uk: `Організація ${index}` } : ({} as Record<string, string>),
        website: index % 3 === 0 ? `https://example.org/${index}` : null,
        email: index % 4 === 0 ? `amt${index}@example.org` : null,
      })),
    );
    await db.insert(exchanges).values(
      Array.from({ length: 1000 }, (_, index) => ({
        workspaceId: workspace.id,
        visibility: 'public' as const,
        kind: 'workshop' as const,
        title: { de: `Werkstatt ${index}` },
        startDate: `2024-0${1 + (index % 9)}-10`,
        endDate: `2024-0${1 + (index % 9)}-12`,
      })),
    );
    for (const [file, kind] of [
      ['organizations', 'organization'],
      ['events', 'event'],
    ] as const) {
      const response = await send('GET', `/api/popolo/${file}.json?lang=uk`, coordinator);
      expect(response.body.length, file).toBeGreaterThanOrEqual(1000);
      expect(popoloErrors(response.body, kind), file).toEqual([]);
    }
  });

  it('names organisations in the language asked for and keeps the others as other names', async () => {
    const response = await send('GET', '/api/popolo/organizations.json?lang=uk', null);
    const leipzig = response.body.find((organization: { id: string }) => organization.id === demoId('organization:leipzig-city'));
    expect(leipzig).toMatchObject({ name: 'Місто Лейпциг', classification: 'municipal_office' });
    expect(leipzig.other_names).toEqual(expect.arrayContaining([{ name: 'Stadt Leipzig', note: 'local' }, { name: 'City of Leipzig', note: 'lang:en' }]));
  });

  it('publishes a person only with consent or for a public task, never erased, and only where the caller may read', async () => {
    const { workspace, coordinator } = await workspaceWithRoles(testApp.current.database.db, 'Netzwerkbüro Popolo');
    const office = await send('POST', '/api/organizations', coordinator, { workspaceId: workspace.id, kind: 'ngo', name: 'Quartiersverein Popolo', visibility: 'public' });
    expect(office.status).toBe(201);
    const person = async (familyName: string, basis: string, visibility = 'public') => {
      const created = await send('POST', '/api/people', coordinator, {
        workspaceId: workspace.id,
        givenName: 'Olena',
        familyName,
        email: `${familyName.toLowerCase()}@example.org`,
        visibility,
        consent: { basis },
        affiliations: [{ organizationId: office.body.id, role: 'Vorsitz', from: '2020-01-01' }],
      });
      expect(created.status).toBe(201);
      return created.body.id as string;
    };
    const consented = await person('Einverstanden', 'consent');
    const official = await person('Amtlich', 'public_task');
    const contracted = await person('Vertraglich', 'contract');
    const interested = await person('Berechtigt', 'legitimate_interest');
    const internal = await person('Intern', 'consent', 'workspace');
    const erased = await person('Geloescht', 'consent');
    expect((await send('POST', `/api/people/${erased}/erase`, coordinator)).status).toBe(200);

    const idsOf = (body: { id: string }[]) => body.map((item) => item.id);
    const persons = idsOf((await send('GET', '/api/popolo/persons.json', null)).body);
    expect(persons).toEqual(expect.arrayContaining([consented, official]));
    for (const hidden of [contracted, interested, internal, erased]) expect(persons).not.toContain(hidden);
    expect(idsOf((await send('GET', '/api/popolo/persons.json', coordinator)).body)).toContain(internal);

    const memberships = (await send('GET', '/api/popolo/memberships.json', null)).body as { person_id: string; organization_id: string; role: string }[];
    const ofOffice = memberships.filter((membership) => membership.organization_id === office.body.id);
    expect(ofOffice.map((membership) => membership.person_id).sort()).toEqual([consented, official].sort());
    expect(ofOffice[0]).toMatchObject({ role: 'Vorsitz', start_date: '2020-01-01', end_date: null });
    // Contact data of people never leaves the platform this way.
    expect(JSON.stringify((await send('GET', '/api/popolo/persons.json', coordinator)).body)).not.toContain('@example.org');
  });
});
