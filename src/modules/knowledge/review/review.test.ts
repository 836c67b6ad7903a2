import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../../../demo/demo-id.js';
import { ENGLISH_REPORT, GERMAN_REPORT, VISIT_WITH_TOWNS_IN_PASSING } from '../../../../test/fixtures/reports/report-texts.js';
import { useTestApp } from '../../../../test/support/test-app.js';
import { extractionsFinished } from '../../../../test/support/test-jobs.js';
import { createTestUser, createTestWorkspace, type TestUser, useWorkspaceWithUsers } from '../../../../test/support/test-users.js';

interface Proposal {
  id: string;
  field: string;
  state: string;
  proposal: Record<string, unknown>;
  record: { type: string; id: string } | null;
  suggestion: { action: string; recordId: string | null; candidates: { id: string }[]; problem: string | null } | null;
}

const ZHYTOMYR_GEONAMES_ID = 686967;

describe('review of extracted proposals', () => {
  const testApp = useTestApp({ jobs: true });
  const { workspace, coordinator, member, guest } = useWorkspaceWithUsers(testApp, 'Partnerschaften', { coordinator: 'coordinator', member: 'member', guest: 'guest' });
  let outsider: TestUser;

  beforeAll(async () => {
    const db = testApp.current.database.db;
    outsider = await createTestUser(db, { memberships: [[(await createTestWorkspace(db)).id, 'owner']] });
  });

  const send = (user: TestUser | null, method: 'GET' | 'POST', url: string, payload?: object) =>
    testApp.current.app.inject({ method, url, headers: user?.headers ?? {}, ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}) });
  const count = async (table: string, where = 'true') =>
    Number(((await testApp.current.database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))).rows[0] as { n: number }).n);
  const counts = async () => ({
    places: await count('places'),
    organizations: await count('organizations'),
    partnerships: await count('partnerships'),
    exchanges: await count('exchanges'),
    programmes: await count('funding_programmes'),
  });
  const report = async (text: string, user = coordinator) => {
    const response = await send(user, 'POST', '/api/documents', { workspaceId: workspace.id, kind: 'news', text, extract: true, visibility: 'public' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().extractionState).toBe('queued');
    await extractionsFinished(testApp.current.database.db, [response.json().id]);
    return response.json().id as string;
  };
  const review = async (id: string, user = coordinator): Promise<Proposal[]> => {
    const response = await send(user, 'GET', `/api/documents/${id}/review`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().proposals;
  };
  const proposalFor = (proposals: Proposal[], field: string, name: string) =>
    proposals.find((proposal) => proposal.field === field && [proposal.proposal.canonical, proposal.proposal.name].includes(name))!;

  it('proposes the exchange, towns, organisations and themes of a German report, linking what exists', async () => {
    const id = await report(GERMAN_REPORT);
    const proposals = await review(id);
    const exchange = proposals.find((proposal) => proposal.field === 'exchange')!;
    expect(exchange.proposal).toMatchObject({ kind: 'workshop', startDate: '2023-11-28', endDate: '2023-11-29', participantCount: 40 });
    const towns = proposals.filter((proposal) => proposal.field === 'municipality').map((proposal) => proposal.proposal.canonical);
    expect(towns).toEqual(expect.arrayContaining(['Munich', 'Vinnytsia', 'Lutsk', 'Sumy', 'Zhytomyr']));
    expect(proposalFor(proposals, 'municipality', 'Munich').suggestion).toMatchObject({ action: 'link', recordId: demoId('place:munich') });
    expect(proposalFor(proposals, 'organization', 'Stadtwerke Gersthofen').suggestion).toMatchObject({ action: 'link', recordId: demoId('organization:stadtwerke-gersthofen') });
    expect(proposalFor(proposals, 'organization', 'Energieverein Isartal e. V.').suggestion).toMatchObject({ action: 'create' });
    expect(proposals.filter((proposal) => proposal.field === 'theme').length).toBeGreaterThan(0);
  });

  it('names a theme by the words a reader finds in the text, never by a keyword stem', async () => {
    const text =
      'Leipzig, 12. März 2024. Das Quartiersmanagement Grünau und das Stadtteilmanagement aus Schönefeld luden zu einem Fachgespräch ein. Die Quartiersmanagements beider Stadtteile stellten ihre Arbeit vor.';
    const id = await report(text);
    const theme = (await review(id)).find((proposal) => proposal.field === 'theme' && proposal.proposal.slug === 'neighbourhood-management')!;
    expect(theme.proposal.keywords).toEqual(['Quartiersmanagement', 'Stadtteilmanagement', 'Quartiersmanagements']);
    // The review marks the whole word in its sentence, not half of it.
    const [evidence] = (theme as unknown as { evidence: { start: number; end: number }[] }).evidence;
    expect(text.slice(evidence!.start, evidence!.end)).toBe('Quartiersmanagement');
  });

  it('accepts one by one, with edits, rejects and reopens, and accept-all creates no duplicates', async () => {
    const id = await report(`${GERMAN_REPORT}\n\nNachtrag: Die Ergebnisse werden im Frühjahr vorgestellt.`);
    const before = await counts();
    let proposals = await review(id);

    const munich = proposalFor(proposals, 'municipality', 'Munich');
    const accepted = await send(coordinator, 'POST', `/api/documents/${id}/proposals/${munich.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'accepted', record: { type: 'place', id: demoId('place:munich') } });
    const twice = await send(coordinator, 'POST', `/api/documents/${id}/proposals/${munich.id}/accept`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0].field).toBe('proposalId');

    // The reviewer knows better: the service agency's proposal stands for another existing record.
    const skew = proposalFor(proposals, 'organization', 'Servicestelle Kommunen in der Einen Welt');
    const edited = await send(coordinator, 'POST', `/api/documents/${id}/proposals/${skew.id}/accept`, { action: 'link', recordId: demoId('organization:giz') });
    expect(edited.json()).toMatchObject({ state: 'accepted', record: { type: 'organization', id: demoId('organization:giz') } });

    const association = proposalFor(proposals, 'organization', 'Energieverein Isartal e. V.');
    const created = await send(coordinator, 'POST', `/api/documents/${id}/proposals/${association.id}/accept`, { action: 'create', name: 'Energieverein Isartal', organizationKind: 'ngo' });
    expect(created.statusCode, created.body).toBe(200);
    const associationId = created.json().record.id;
    expect(await count('organizations', `name = 'Energieverein Isartal'`)).toBe(1);

    const utility = proposalFor(proposals, 'organization', 'Stadtwerke Gersthofen');
    expect((await send(coordinator, 'POST', `/api/documents/${id}/proposals/${utility.id}/reject`)).json().state).toBe('rejected');
    expect((await send(coordinator, 'POST', `/api/documents/${id}/proposals/${utility.id}/reject`)).statusCode).toBe(409);
    const reopened = await send(coordinator, 'POST', `/api/documents/${id}/proposals/${utility.id}/reopen`);
    expect(reopened.json()).toMatchObject({ state: 'pending', suggestion: { action: 'link' } });

    expect(await count('places', `geonames_id = ${ZHYTOMYR_GEONAMES_ID}`)).toBe(0);
    const all = await send(coordinator, 'POST', `/api/documents/${id}/review/accept-all`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().accepted).toBeGreaterThan(3);
    // A town the gazetteer had not loaded is loaded, once.
    expect(await count('places', `geonames_id = ${ZHYTOMYR_GEONAMES_ID}`)).toBe(1);
    for (const town of [2867714, 689558, 702569, 692194]) expect(await count('places', `geonames_id = ${town}`)).toBe(1);

    const after = await counts();
    expect(after.organizations).toBe(before.organizations + 1);
    // The workshop is in the directory already: it is linked, not made again.
    expect(after.exchanges).toBe(before.exchanges);
    const placesLoaded = after.places - before.places;
    expect(placesLoaded).toBeGreaterThanOrEqual(1);

    const again = await send(coordinator, 'POST', `/api/documents/${id}/review/accept-all`);
    expect(again.json().accepted).toBe(0);
    expect(await counts()).toEqual(after);

    proposals = await review(id);
    const document = (await send(coordinator, 'GET', `/api/documents/${id}`)).json();
    const linked = new Set(document.links.map((link: { recordType: string; recordId: string }) => `${link.recordType}:${link.recordId}`));
    for (const proposal of proposals.filter((candidate) => candidate.state === 'accepted')) {
      expect(linked.has(`${proposal.record!.type}:${proposal.record!.id}`), `${proposal.field} ${proposal.record!.id}`).toBe(true);
    }
    expect(linked.has(`place:${demoId('place:munich')}`)).toBe(true);
    expect(linked.has(`exchange:${demoId('exchange:munich-workshop-2023')}`)).toBe(true);
    expect(linked.has(`organization:${associationId}`)).toBe(true);
    expect(linked.has(`organization:${demoId('organization:stadtwerke-gersthofen')}`)).toBe(true);
    expect(document.pendingProposals).toBe(proposals.filter((proposal) => proposal.state === 'pending').length);

    // The next report naming the association links the one created, and creates nothing.
    const next = await report('Kurzmeldung\n\nDer Energieverein Isartal e. V. lud am 5. März 2024 in Gersthofen zu einem Infoabend über Nahwärme ein.');
    const nextAssociation = proposalFor(await review(next), 'organization', 'Energieverein Isartal e. V.');
    expect(nextAssociation.suggestion).toMatchObject({ action: 'link', recordId: associationId });
    const beforeNext = await counts();
    await send(coordinator, 'POST', `/api/documents/${next}/review/accept-all`);
    const afterNext = await counts();
    expect(afterNext.organizations).toBe(beforeNext.organizations);
    expect(afterNext.places).toBe(beforeNext.places);
  });

  it('links an English report to the existing twinning, towns and agency', async () => {
    const id = await report(ENGLISH_REPORT);
    const proposals = await review(id);
    expect(proposalFor(proposals, 'municipality', 'Leipzig').suggestion).toMatchObject({ action: 'link', recordId: demoId('place:leipzig') });
    const twinning = proposals.find((proposal) => proposal.field === 'partnership')!;
    expect(twinning.proposal).toMatchObject({ since: 1961 });
    expect(twinning.suggestion).toMatchObject({ action: 'link', recordId: demoId('partnership:leipzig-kyiv') });
    const before = await counts();
    const result = (await send(coordinator, 'POST', `/api/documents/${id}/review/accept-all`)).json();
    expect(result.accepted).toBeGreaterThan(0);
    const after = await counts();
    expect(after.partnerships).toBe(before.partnerships);
    expect(after.organizations).toBe(before.organizations);
    expect(after.places).toBe(before.places);
    const links = (await send(coordinator, 'GET', `/api/documents/${id}`)).json().links.map((link: { recordId: string }) => link.recordId);
    expect(links).toEqual(expect.arrayContaining([demoId('place:leipzig'), demoId('place:kyiv'), demoId('partnership:leipzig-kyiv'), demoId('organization:giz')]));
  });

  it('gives every proposal a confidence; accept-all leaves an exchange it is unsure of for the reviewer', async () => {
    const id = await report(`Austausch zur Wärmeplanung

Fachleute aus Görlitz und Zittau sprachen am 12. März 2025 über kommunale Wärmeplanung. Ein Workshop in Bautzen und ein Besuch in Dresden sind geplant. Unterstützt wurde der Austausch von der Sächsischen Energieagentur SAENA im Rahmen des Programms „Kommunale Partnerschaften mit der Ukraine“.`);
    const proposals = await review(id);
    for (const field of ['exchange', 'municipality', 'organization', 'funding_programme']) {
      const found = proposals.filter((proposal) => proposal.field === field);
      expect(found.length, field).toBeGreaterThan(0);
      for (const proposal of found) expect(proposal.proposal.confidence, field).toEqual(expect.any(Number));
    }
    const exchange = proposals.find((proposal) => proposal.field === 'exchange')!;
    expect(exchange.proposal.confidence).toBeLessThan(0.7);
    const programme = proposals.find((proposal) => proposal.field === 'funding_programme')!;
    expect(programme.proposal.confidence).toBeGreaterThanOrEqual(0.7);

    const result = (await send(coordinator, 'POST', `/api/documents/${id}/review/accept-all`)).json();
    expect(result.left).toEqual(expect.arrayContaining([expect.objectContaining({ id: exchange.id, field: 'exchange', code: 'low_confidence' })]));
    const after = await review(id);
    expect(after.find((proposal) => proposal.id === exchange.id)!.state).toBe('pending');
    expect(after.find((proposal) => proposal.id === programme.id)!.state).toBe('accepted');
  });

  it('says with a code, not a sentence, why an exchange without dates cannot be created as proposed', async () => {
    const id = await report(`Besuch aus Lutsk in Leipzig

Eine Delegation aus Lutsk besuchte Leipzig und sprach mit dem Amt für Stadterneuerung über die Sanierung von Schulen.`);
    const exchange = (await review(id)).find((proposal) => proposal.field === 'exchange')!;
    expect(exchange.proposal.startDate).toBeNull();
    expect(exchange.suggestion).toMatchObject({ action: 'create', problem: 'no_dates' });
  });

  it('makes delegations only of the towns people came from; a town named in passing waits for the reviewer', async () => {
    const id = await report(VISIT_WITH_TOWNS_IN_PASSING);
    const proposals = await review(id);
    const roles = Object.fromEntries(proposals.filter((proposal) => proposal.field === 'municipality').map((proposal) => [proposal.proposal.canonical, proposal.proposal.role]));
    expect(roles).toEqual({ 'Jelenia Góra': 'participant', Bautzen: 'venue', Worms: 'partner', Görlitz: 'mentioned' });
    const goerlitz = proposalFor(proposals, 'municipality', 'Görlitz');

    const result = (await send(coordinator, 'POST', `/api/documents/${id}/review/accept-all`)).json();
    expect(result.left).toEqual(expect.arrayContaining([expect.objectContaining({ id: goerlitz.id, code: 'mentioned_in_passing' })]));
    const exchange = (await review(id)).find((proposal) => proposal.field === 'exchange')!;
    expect(exchange.state).toBe('accepted');
    const delegations = await testApp.current.database.db.execute(
      sql`SELECT p.name FROM exchange_delegations d JOIN places p ON p.id = d.from_place_id WHERE d.exchange_id = ${exchange.record!.id}`,
    );
    expect(delegations.rows.map((row) => (row as { name: string }).name)).toEqual(['Jelenia Góra']);

    // Accepted on its own, the town is linked to the document without becoming a delegation.
    expect((await send(coordinator, 'POST', `/api/documents/${id}/proposals/${goerlitz.id}/accept`)).statusCode).toBe(200);
    expect(await count('exchange_delegations', `exchange_id = '${exchange.record!.id}'`)).toBe(1);
  });

  it('lets only those who may edit the document review it', async () => {
    const id = await report('Kurzbericht aus Sumy\n\nAm 14. Februar 2024 trafen sich in Sumy Fachleute aus Leipzig zum Thema Fernwärme.');
    const proposal = (await review(id))[0]!;
    const path = `/api/documents/${id}/proposals/${proposal.id}`;
    expect((await send(guest, 'GET', `/api/documents/${id}/review`)).json().canReview).toBe(false);
    expect((await send(guest, 'POST', `${path}/accept`)).statusCode).toBe(403);
    expect((await send(member, 'POST', `${path}/reject`)).statusCode).toBe(403);
    expect((await send(member, 'POST', `/api/documents/${id}/review/accept-all`)).statusCode).toBe(403);
    expect((await send(outsider, 'POST', `${path}/accept`)).statusCode).toBe(403);
    expect((await send(null, 'POST', `${path}/accept`)).statusCode).toBe(401);
    expect((await send(coordinator, 'POST', `/api/documents/${id}/proposals/00000000-0000-4000-8000-000000000003/accept`)).statusCode).toBe(404);

    const hidden = (await send(coordinator, 'POST', '/api/documents', { workspaceId: workspace.id, kind: 'report', text: 'Interner Bericht aus Luzk über den Besuch am 3. April 2024.', extract: true })).json().id;
    await extractionsFinished(testApp.current.database.db, [hidden]);
    expect((await send(outsider, 'GET', `/api/documents/${hidden}/review`)).statusCode).toBe(404);
    const hiddenProposal = (await review(hidden))[0]!;
    expect((await send(outsider, 'POST', `/api/documents/${hidden}/proposals/${hiddenProposal.id}/accept`)).statusCode).toBe(404);
    expect((await send(member, 'GET', `/api/documents/${hidden}/review`)).statusCode).toBe(200);
    expect((await send(coordinator, 'POST', `/api/documents/${id}/proposals/${hiddenProposal.id}/accept`)).statusCode).toBe(404);
  });
});
