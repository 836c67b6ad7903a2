import { and, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser } from '../../../test/support/test-users.js';
import { auditEvents } from '../audit/audit.tables.js';
import { demoId } from '../../demo/demo-id.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';
import { exchangeOrganizations } from '../exchanges/exchanges.tables.js';

describe('organizations and people API', () => {
  const testApp = useTestApp();
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const get = (url: string, headers: Record<string, string> = {}) => inject({ method: 'GET', url, headers });
  const coordinator = async () => createTestUser(testApp.current.database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });

  it('lists organizations by name with country, kind and theme filters', async () => {
    const all = (await get('/api/organizations?limit=100')).json();
    expect(all.items.length).toBeGreaterThan(15);
    const names = all.items.map((item: { name: string }) => item.name);
    expect([...names].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base' }))).toEqual(names);
    const ukrainian = (await get('/api/organizations?country=UA')).json();
    expect(ukrainian.items.map((item: { id: string }) => item.id).sort()).toEqual(
      ['darnytskyi-administration', 'darnytskyi-housing', 'darnytskyi-social-centre', 'verkhovna-rada'].map((key) => demoId(`organization:${key}`)).sort(),
    );
    const utilities = (await get('/api/organizations?kind=utility')).json();
    expect(utilities.items.map((item: { shortName: string | null; name: string }) => item.name)).toHaveLength(2);
    const tree = (await get('/api/themes/tree')).json().items as { id: string; slug: string }[];
    const socioCulture = tree.find((theme) => theme.slug === 'socio-culture')!;
    const byTheme = (await get(`/api/organizations?themeId=${socioCulture.id}`)).json();
    expect(byTheme.items.map((item: { name: string }) => item.name).sort()).toEqual(['Heizhaus', 'KOMM-Haus', 'Theatrium']);
    expect((await get('/api/organizations/autocomplete?q=stadterneuerung')).json().items[0].id).toBe(demoId('organization:leipzig-renewal'));
  });

  it('pages through organizations and people by name, each shown once', async () => {
    for (const list of ['/api/organizations', '/api/people']) {
      const all = (await get(`${list}?limit=100`)).json().items.map((item: { id: string }) => item.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await get(`${list}?limit=7${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { id: string }[]; nextCursor: string | null };
        paged.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
      const broken = await get(`${list}?cursor=bm90LWEtY3Vyc29y`);
      expect(broken.statusCode).toBe(400);
      expect(broken.json().errors).toEqual([expect.objectContaining({ field: 'query.cursor', code: 'invalid_cursor' })]);
    }
  });

  it('shows an organization with seat, parent, children, themes and people', async () => {
    const city = (await get(`/api/organizations/${demoId('organization:glauchau-city')}`)).json();
    expect(city.seat).toMatchObject({ id: demoId('place:glauchau') });
    expect(city.children.map((child: { id: string }) => child.id)).toContain(demoId('organization:glauchau-economy'));
    expect(city.people).toEqual([expect.objectContaining({ displayName: 'Gunnar Heerdegen', role: 'Fachbereichsleiter Planen und Bauen', erased: false })]);
    const renewal = (await get(`/api/organizations/${demoId('organization:leipzig-renewal')}`)).json();
    expect(renewal.parent.id).toBe(demoId('organization:leipzig-city'));
    expect(renewal.themes.map((theme: { slug: string }) => theme.slug).sort()).toEqual(['district-development', 'housing-management']);
  });

  it('creates, changes and deletes an organization, naming bad fields', async () => {
    const user = await coordinator();
    const post = (payload: object) => inject({ method: 'POST', url: '/api/organizations', payload, headers: user.headers });
    const bad = await post({ workspaceId: DEMO_WORKSPACE_ID, kind: 'cooperative', name: '', website: 'ftp://x', email: 'nope', seatPlaceId: demoId('place:none') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((issue: { field: string }) => issue.field).sort()).toEqual(['body.email', 'body.kind', 'body.name', 'body.website']);
    const noSeat = await post({ workspaceId: DEMO_WORKSPACE_ID, kind: 'housing_cooperative', name: 'WG Kontakt', seatPlaceId: demoId('place:none') });
    expect(noSeat.json().errors).toEqual([{ field: 'body.seatPlaceId', code: 'unknown_reference', message: 'refers to no place you can see' }]);

    const created = await post({
      workspaceId: DEMO_WORKSPACE_ID,
      kind: 'housing_cooperative',
      name: 'Wohnungsbaugenossenschaft Kontakt',
      shortName: 'WG Kontakt',
      seatPlaceId: demoId('place:gruenau'),
      website: 'https://wg-kontakt.example.org',
      visibility: 'public',
    });
    expect(created.statusCode, created.body).toBe(201);
    const cooperative = created.json();
    expect(cooperative).toMatchObject({ countryCode: 'DE', seat: { id: demoId('place:gruenau') }, canEdit: true });
    const changed = await inject({ method: 'PATCH', url: `/api/organizations/${cooperative.id}`, payload: { phone: '+49 341 123 45' }, headers: user.headers });
    expect(changed.json().phone).toBe('+49 341 123 45');
    const deleted = await inject({ method: 'DELETE', url: `/api/organizations/${cooperative.id}`, headers: user.headers });
    expect(deleted.statusCode).toBe(204);
    const busy = await inject({ method: 'DELETE', url: `/api/organizations/${demoId('organization:giz')}`, headers: user.headers });
    expect(busy.statusCode).toBe(409);
  });

  it('merges a duplicate organization, moving exchange roles and themes, and undoes it', async () => {
    const user = await coordinator();
    const { db } = testApp.current.database;
    const duplicate = (
      await inject({
        method: 'POST',
        url: '/api/organizations',
        headers: user.headers,
        payload: { workspaceId: DEMO_WORKSPACE_ID, kind: 'development_agency', name: 'GIZ GmbH', themeIds: [] },
      })
    ).json();
    await db.update(exchangeOrganizations).set({ organizationId: duplicate.id }).where(eq(exchangeOrganizations.organizationId, demoId('organization:giz')));
    const merged = await inject({ method: 'POST', url: `/api/organizations/${duplicate.id}/merge`, payload: { into: demoId('organization:giz') }, headers: user.headers });
    expect(merged.statusCode, merged.body).toBe(200);
    // GIZ implemented the Munich workshop, its online follow-up and the 2015 trip, and commissioned the consultancy for the trip.
    expect(merged.json().changes).toEqual([{ table: 'exchange_organizations', column: 'organization_id', repointed: 4, removed: 0 }]);
    const undo = await inject({ method: 'POST', url: `/api/organizations/merges/${merged.json().eventId}/undo`, headers: user.headers });
    expect(undo.statusCode, undo.body).toBe(200);
    const roles = await db.select().from(exchangeOrganizations).where(eq(exchangeOrganizations.organizationId, duplicate.id));
    expect(roles).toHaveLength(4);
  });

  it('requires a consent record for someone else, records who entered it, and lists people by organization', async () => {
    const user = await coordinator();
    const post = (payload: object) => inject({ method: 'POST', url: '/api/people', payload, headers: user.headers });
    const person = {
      workspaceId: DEMO_WORKSPACE_ID,
      givenName: 'Olena',
      familyName: 'Kovalenko',
      languages: ['uk', 'en'],
      affiliations: [{ organizationId: demoId('organization:darnytskyi-administration'), role: 'Head of housing department', from: '2018-01-01' }],
    };
    const withoutConsent = await post(person);
    expect(withoutConsent.statusCode).toBe(400);
    expect(withoutConsent.json().errors[0].field).toBe('body.consent');
    const badPeriod = await post({ ...person, consent: { basis: 'consent' }, affiliations: [{ ...person.affiliations[0], to: '2017-01-01' }] });
    expect(badPeriod.json().errors[0].field).toBe('body.affiliations.0.to');

    const created = await post({ ...person, consent: { basis: 'consent', obtainedOn: '2018-12-03', note: 'Asked during the visit' } });
    expect(created.statusCode, created.body).toBe(201);
    const olena = created.json();
    expect(olena.consent).toMatchObject({ basis: 'consent', obtainedOn: '2018-12-03' });
    expect(olena.consent.recordedBy).toMatch(/^user-/);
    expect(olena.current[0].organization.id).toBe(demoId('organization:darnytskyi-administration'));

    const self = await post({ workspaceId: DEMO_WORKSPACE_ID, givenName: 'Me', familyName: 'Myself', self: true });
    expect(self.statusCode).toBe(201);
    expect(self.json()).toMatchObject({ selfEntered: true, consent: null });

    const inAdministration = (await get(`/api/people?organizationId=${demoId('organization:darnytskyi-administration')}`, user.headers)).json();
    const colleagues = ['kravchenko', 'petrenko', 'savchenko'].map((key) => demoId(`person:${key}`));
    expect(inAdministration.items.map((item: { id: string }) => item.id).sort()).toEqual([olena.id, ...colleagues].sort());
    const ukrainianSpeakers = (await get('/api/people?language=uk&limit=100', user.headers)).json().items.map((item: { id: string }) => item.id);
    expect(ukrainianSpeakers).toEqual(expect.arrayContaining([olena.id, ...colleagues]));
    expect(ukrainianSpeakers).not.toContain(self.json().id);
    // People are workspace records by default: visitors do not see them.
    expect((await get(`/api/people/${olena.id}`)).statusCode).toBe(404);
  });

  it('exports everything held about a person and erases them, keeping an anonymous affiliation', async () => {
    const user = await coordinator();
    const created = (
      await inject({
        method: 'POST',
        url: '/api/people',
        headers: user.headers,
        payload: {
          workspaceId: DEMO_WORKSPACE_ID,
          givenName: 'Taras',
          familyName: 'Melnyk',
          email: 'taras@example.org',
          affiliations: [{ organizationId: demoId('organization:verkhovna-rada'), role: 'Deputy' }],
          consent: { basis: 'consent' },
        },
      })
    ).json();
    const exported = await get(`/api/people/${created.id}/export`, user.headers);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.json()).toMatchObject({ person: { email: 'taras@example.org' }, history: [{ action: 'create' }] });

    const erased = await inject({ method: 'POST', url: `/api/people/${created.id}/erase`, headers: user.headers });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ displayName: 'Anonymised person', email: null, erased: true, consent: null });
    const rada = (await get(`/api/organizations/${demoId('organization:verkhovna-rada')}`, user.headers)).json();
    expect(rada.people).toEqual([expect.objectContaining({ displayName: 'Anonymised person', role: 'Deputy', erased: true })]);
    const history = await testApp.current.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'person'), eq(auditEvents.entityId, created.id)));
    expect(JSON.stringify(history)).not.toContain('taras@example.org');
    expect(JSON.stringify(history)).not.toContain('Melnyk');
  });
});
