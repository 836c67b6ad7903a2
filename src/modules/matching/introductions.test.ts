import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestsAs } from '../../../test/support/requests-as.js';
import { profileCreator, referenceThemeIds } from '../../../test/support/matching-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { createTestUser, createTestWorkspace, type TestUser } from '../../../test/support/test-users.js';
import { users } from '../accounts/users.tables.js';
import { auditEvents } from '../audit/audit.tables.js';
import { demoId } from '../../demo/demo-id.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';
import { mailOutbox } from '../mail/mail.tables.js';
import { matchingIntroductions } from './introductions.tables.js';

interface IntroductionBody {
  id: string;
  state: string;
  brokered: boolean;
  from: { profileId: string | null; place: { id: string } | null; answer: string; canAnswer: boolean };
  to: { profileId: string | null; place: { name: string } | null; answer: string; answerMessage: string | null; canAnswer: boolean };
  need: { id: string } | null;
  meeting: { exchangeId: string | null; date: string } | null;
  partnership: { id: string | null; type: string } | null;
  canMarkMet: boolean;
  canPartner: boolean;
}

describe('brokered introductions from a need to a partnership', () => {
  const testApp = useTestApp();
  const as = requestsAs(() => testApp.current.app);
  let energyNetworks: string;
  let seeker: TestUser;
  let partner: TestUser;
  let partnerGuest: TestUser;
  let outsider: TestUser;
  let seekerWorkspace: string;
  let partnerWorkspace: string;

  beforeAll(async () => {
    const db = testApp.current.database.db;
    energyNetworks = (await referenceThemeIds(db))['energy-networks']!;
    seekerWorkspace = (await createTestWorkspace(db, 'Sambir')).id;
    partnerWorkspace = (await createTestWorkspace(db, 'Plauen')).id;
    seeker = await createTestUser(db, { memberships: [[seekerWorkspace, 'coordinator']] });
    partner = await createTestUser(db, { memberships: [[partnerWorkspace, 'member']] });
    partnerGuest = await createTestUser(db, { memberships: [[partnerWorkspace, 'guest']] });
    outsider = await createTestUser(db, { memberships: [[(await createTestWorkspace(db, 'Elsewhere')).id, 'owner']] });
    // The partner side's coordinator reads German, who gets told of a request.
    const coordinator = await createTestUser(db, { memberships: [[partnerWorkspace, 'coordinator']] });
    await db.update(users).set({ language: 'de' }).where(eq(users.id, coordinator.id));
  });

  const createProfile = profileCreator(() => testApp.current.app);
  async function profile(user: TestUser, workspaceId: string, place: string, visibility: string, direction: 'need' | 'offer') {
    const body = await createProfile(user, {
      workspaceId,
      placeId: demoId(`place:${place}`),
      visibility,
      items: [{ direction, themeId: energyNetworks, kind: 'know_how', description: { en: 'District heating', uk: 'Теплопостачання' } }],
    });
    return { id: body.id, needId: body.needs[0]?.id };
  }

  async function request(user: TestUser, payload: object) {
    return as(user).post('/api/matching/introductions', payload);
  }

  it('asks for an introduction, tells the other side in its language, and shows it only to the two sides', async () => {
    const own = await profile(seeker, seekerWorkspace, 'sambir', 'workspace', 'need');
    const other = await profile(partner, partnerWorkspace, 'plauen', 'public', 'offer');
    const created = await request(seeker, {
      workspaceId: seekerWorkspace,
      fromProfileId: own.id,
      toProfileId: other.id,
      needId: own.needId,
      message: 'Wir suchen Erfahrung mit Fernwärme.',
      proposedDate: '2027-03-10',
    });
    expect(created.statusCode, created.body).toBe(201);
    const introduction = created.json() as IntroductionBody;
    expect(introduction).toMatchObject({ state: 'requested', brokered: false, from: { answer: 'accepted', canAnswer: false }, to: { answer: 'pending', canAnswer: false } });
    expect(introduction.need?.id).toBe(own.needId);

    const mails = await testApp.current.database.db.select().from(mailOutbox).where(like(mailOutbox.text, `%/matching/introductions/${introduction.id}%`));
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.some((mail) => mail.subject.startsWith('Vermittlung: Sambir möchte Plauen kennenlernen'))).toBe(true);
    expect(mails.every((mail) => mail.text.includes('Wir suchen Erfahrung mit Fernwärme.'))).toBe(true);
    expect(mails.find((mail) => mail.subject.startsWith('Vermittlung'))!.text).toContain('am 10. März 2027');

    // The side asked sees who asks, but not the seeker's profile it was never shown, nor its need.
    const seen = (await as(partner).get(`/api/matching/introductions/${introduction.id}`)).json() as IntroductionBody;
    expect(seen).toMatchObject({ from: { profileId: null, place: { id: demoId('place:sambir') } }, to: { profileId: other.id, canAnswer: true }, need: null });
    const inbox = (await as(partner).get(`/api/matching/introductions?workspaceId=${partnerWorkspace}`)).json().items as IntroductionBody[];
    expect(inbox.map((item) => item.id)).toContain(introduction.id);

    expect((await as(outsider).get(`/api/matching/introductions/${introduction.id}`)).statusCode).toBe(404);
    expect((await as(outsider).get('/api/matching/introductions')).json().items.map((item: IntroductionBody) => item.id)).not.toContain(introduction.id);
    expect((await as().get(`/api/matching/introductions/${introduction.id}`)).statusCode).toBe(401);
    expect((await as(outsider).post(`/api/matching/introductions/${introduction.id}/accept`, { message: 'Gern' })).statusCode).toBe(404);
  });

  it('creates the first meeting as an exchange on accept, then a partnership of the chosen type; refuses steps out of order', async () => {
    const own = await profile(seeker, seekerWorkspace, 'zbarazh', 'workspace', 'need');
    const other = await profile(partner, partnerWorkspace, 'zwickau', 'public', 'offer');
    const { id } = (await request(seeker, { workspaceId: seekerWorkspace, fromProfileId: own.id, toProfileId: other.id, message: 'Hallo' })).json() as IntroductionBody;

    expect((await as(seeker).post(`/api/matching/introductions/${id}/accept`, { message: 'self' })).statusCode).toBe(403);
    expect((await as(partnerGuest).post(`/api/matching/introductions/${id}/accept`, { message: 'guest' })).statusCode).toBe(403);
    const noDate = await as(partner).post(`/api/matching/introductions/${id}/accept`, { message: 'Gern' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().errors[0]).toMatchObject({ field: 'body.meetingDate', code: 'required' });
    const emptyMessage = await as(partner).post(`/api/matching/introductions/${id}/accept`, { message: ' ', meetingDate: '2027-04-01' });
    expect(emptyMessage.json().errors[0].field).toBe('body.message');
    const [untouched] = await testApp.current.database.db.select().from(matchingIntroductions).where(eq(matchingIntroductions.id, id));
    expect(untouched).toMatchObject({ state: 'requested', toAnswer: 'pending', meetingExchangeId: null });
    expect((await as(seeker).post(`/api/matching/introductions/${id}/met`)).json().code).toBe('introduction_not_accepted');

    const accepted = await as(partner).post(`/api/matching/introductions/${id}/accept`, { message: 'Gern, online', meetingDate: '2027-04-01' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const body = accepted.json() as IntroductionBody;
    expect(body).toMatchObject({ state: 'accepted', to: { answer: 'accepted', answerMessage: 'Gern, online' }, meeting: { date: '2027-04-01' }, canMarkMet: true });
    const meeting = (await as(partner).get(`/api/exchanges/${body.meeting!.exchangeId}`)).json();
    expect(meeting).toMatchObject({ kind: 'online_session', startDate: '2027-04-01', title: { de: 'Erstes Treffen: Sbarasch – Zwickau', uk: 'Перша зустріч: Збараж – Цвіккау' } });
    expect(meeting.delegations).toHaveLength(2);

    const late = await as(partner).post(`/api/matching/introductions/${id}/decline`, { message: 'Doch nicht' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('introduction_not_open');
    expect((await as(seeker).post(`/api/matching/introductions/${id}/partnership`, { type: 'solidarity_partnership' })).json().code).toBe('introduction_not_met');

    expect((await as(seeker).post(`/api/matching/introductions/${id}/met`)).json()).toMatchObject({ state: 'met', canPartner: true });
    const badType = await as(seeker).post(`/api/matching/introductions/${id}/partnership`, { type: 'alliance' });
    expect(badType.json().errors[0].field).toBe('body.type');
    const partnered = await as(seeker).post(`/api/matching/introductions/${id}/partnership`, { type: 'solidarity_partnership' });
    expect(partnered.statusCode, partnered.body).toBe(200);
    const done = partnered.json() as IntroductionBody;
    expect(done).toMatchObject({ state: 'partnered', partnership: { type: 'solidarity_partnership' } });
    const partnership = (await as(seeker).get(`/api/partnerships/${done.partnership!.id}`)).json();
    expect(partnership.kind).toBe('solidarity_partnership');
    expect(partnership.parties.map((party: { place: { id: string } | null }) => party.place?.id).sort()).toEqual([demoId('place:zbarazh'), demoId('place:zwickau')].sort());

    const events = await testApp.current.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'matching_introduction'), eq(auditEvents.entityId, id)));
    expect(events.map((event) => (event.after as { state: string }).state)).toEqual(['requested', 'accepted', 'met', 'partnered']);
  });

  it('names the field of a bad request and writes nothing', async () => {
    const own = await profile(seeker, seekerWorkspace, 'lutsk', 'workspace', 'need');
    const hidden = await profile(partner, partnerWorkspace, 'chemnitz', 'private', 'offer');
    const other = await profile(partner, partnerWorkspace, 'leipzig', 'public', 'offer');
    const sibling = await profile(seeker, seekerWorkspace, 'kyiv', 'public', 'offer');
    const cases: [object, string, string][] = [
      [{ toProfileId: hidden.id }, 'body.toProfileId', 'unknown_reference'],
      [{ toProfileId: sibling.id }, 'body.toProfileId', 'same_side'],
      [{ toProfileId: other.id, needId: other.needId ?? hidden.id }, 'body.needId', 'unknown_reference'],
      [{ toProfileId: other.id, message: '' }, 'body.message', 'required'],
      [{ toProfileId: other.id, proposedDate: '2027-02-30' }, 'body.proposedDate', 'invalid_date'],
    ];
    for (const [change, field, code] of cases) {
      const response = await request(seeker, { workspaceId: seekerWorkspace, fromProfileId: own.id, toProfileId: other.id, message: 'Hallo', ...change });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field, code });
    }
    expect(await testApp.current.database.db.select().from(matchingIntroductions).where(eq(matchingIntroductions.fromProfileId, own.id))).toEqual([]);
    expect((await request(partnerGuest, { workspaceId: partnerWorkspace, fromProfileId: other.id, toProfileId: own.id, message: 'x' })).statusCode).toBe(403);

    expect((await request(seeker, { workspaceId: seekerWorkspace, fromProfileId: own.id, toProfileId: other.id, message: 'Hallo' })).statusCode).toBe(201);
    const twice = await request(seeker, { workspaceId: seekerWorkspace, fromProfileId: own.id, toProfileId: other.id, message: 'Nochmal' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('introduction_exists');
  });

  it('lets an agency broker between two others, who both must accept, and counts its pipeline by stage', async () => {
    const db = testApp.current.database.db;
    const agencyWorkspace = (await createTestWorkspace(db, 'Agentur')).id;
    const agency = await createTestUser(db, { memberships: [[agencyWorkspace, 'coordinator']] });
    const a = await profile(seeker, seekerWorkspace, 'sumy', 'public', 'need');
    const b = await profile(partner, partnerWorkspace, 'dresden', 'public', 'offer');
    const c = await profile(partner, partnerWorkspace, 'glauchau', 'public', 'offer');
    const hiddenA = await profile(seeker, seekerWorkspace, 'brovary', 'workspace', 'need');

    const refused = await request(agency, { workspaceId: agencyWorkspace, fromProfileId: hiddenA.id, toProfileId: b.id, message: 'x' });
    expect(refused.json().errors[0]).toMatchObject({ field: 'body.fromProfileId', code: 'unknown_reference' });

    const brokered = (await request(agency, { workspaceId: agencyWorkspace, fromProfileId: a.id, toProfileId: b.id, message: 'Darf ich vorstellen?', proposedDate: '2027-05-05' })).json() as IntroductionBody;
    expect(brokered).toMatchObject({ brokered: true, from: { answer: 'pending' }, to: { answer: 'pending' } });
    expect((await as(agency).post(`/api/matching/introductions/${brokered.id}/accept`, { message: 'self' })).statusCode).toBe(403);
    expect((await as(partner).post(`/api/matching/introductions/${brokered.id}/accept`, { message: 'Ja' })).json()).toMatchObject({ state: 'requested', to: { answer: 'accepted' }, meeting: null });
    expect((await as(partner).post(`/api/matching/introductions/${brokered.id}/accept`, { message: 'Ja' })).json().code).toBe('introduction_already_answered');
    const both = (await as(seeker).post(`/api/matching/introductions/${brokered.id}/accept`, { message: 'Так' })).json() as IntroductionBody;
    expect(both).toMatchObject({ state: 'accepted', from: { answer: 'accepted' }, meeting: { date: '2027-05-05' } });

    const other = (await request(agency, { workspaceId: agencyWorkspace, fromProfileId: a.id, toProfileId: c.id, message: 'Und hier?' })).json() as IntroductionBody;
    expect((await as(seeker).post(`/api/matching/introductions/${other.id}/decline`, { message: 'Ні, дякую' })).json()).toMatchObject({ state: 'declined', from: { answer: 'declined' } });

    const pipeline = await as(agency).get(`/api/matching/introductions/pipeline?workspaceId=${agencyWorkspace}`);
    expect(pipeline.statusCode, pipeline.body).toBe(200);
    expect(pipeline.json().counts).toEqual({ requested: 0, accepted: 1, met: 0, partnered: 0, declined: 1 });
    expect(pipeline.json().items).toHaveLength(2);
    expect((await as(outsider).get(`/api/matching/introductions/pipeline?workspaceId=${agencyWorkspace}`)).statusCode).toBe(404);
    expect((await as(seeker).get('/api/matching/introductions/pipeline')).json().errors[0].field).toBe('query.workspaceId');
  });

  it('has a brokered introduction in progress between a German and a Ukrainian demo town, and their needs and offers in three languages', async () => {
    const db = testApp.current.database.db;
    const broker = await createTestUser(db, { memberships: [[DEMO_WORKSPACE_ID, 'member']] });
    const pipeline = (await as(broker).get(`/api/matching/introductions/pipeline?workspaceId=${DEMO_WORKSPACE_ID}`)).json();
    expect(pipeline.counts.requested).toBe(1);
    expect(pipeline.items[0]).toMatchObject({
      brokered: true,
      from: { place: { id: demoId('place:sambir') }, answer: 'pending' },
      to: { place: { id: demoId('place:chemnitz') }, answer: 'accepted' },
    });
    const sambir = await createTestUser(db, { memberships: [[demoId('workspace:sambir'), 'coordinator']] });
    expect((await as(sambir).get('/api/matching/introductions')).json().items[0]).toMatchObject({ from: { canAnswer: true }, need: { id: demoId('matching-item:sambir:heating') } });

    const germanAndUkrainian = ['leipzig', 'glauchau', 'chemnitz', 'gersthofen-utility', 'eichenau', 'sambir', 'lutsk', 'trostianets', 'novovolynsk'];
    for (const key of germanAndUkrainian) {
      const detail = (await as().get(`/api/matching/profiles/${demoId(`matching-profile:${key}`)}`)).json() as { needs: { description: object }[]; offers: { description: object }[] };
      expect(detail.needs.length + detail.offers.length, key).toBeGreaterThan(0);
      for (const item of [...detail.needs, ...detail.offers]) expect(Object.keys(item.description).sort()).toEqual(['de', 'en', 'uk']);
    }
  });
});
