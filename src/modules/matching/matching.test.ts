import { beforeAll, describe, expect, it } from 'vitest';
import { requestsAs } from '../../../test/support/requests-as.js';
import { profileCreator, referenceThemeIds } from '../../../test/support/matching-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { useWorkspaceWithUsers, type TestUser } from '../../../test/support/test-users.js';
import { demoId } from '../../demo/demo-id.js';

interface Reason {
  code: string;
  params: Record<string, unknown>;
}
interface SuggestionBody {
  profile: { id: string; place: { name: string } | null };
  score: number;
  reasons: Reason[];
}

describe('matching profiles, needs, offers and suggestions', () => {
  const testApp = useTestApp();
  const as = requestsAs(() => testApp.current.app);
  const theme: Record<string, string> = {};
  const { workspace: seekerWorkspace, seekerUser } = useWorkspaceWithUsers(testApp, 'Sambir', { seekerUser: 'coordinator' });
  const { workspace: otherWorkspace, otherUser } = useWorkspaceWithUsers(testApp, 'Sachsen', { otherUser: 'coordinator' });

  beforeAll(async () => {
    Object.assign(theme, await referenceThemeIds(testApp.current.database.db));
  });

  const offer = (slug: string, de: string, en: string) => ({ direction: 'offer', themeId: theme[slug], kind: 'know_how', description: { de, en } });

  const createProfile = profileCreator(() => testApp.current.app);
  const profile = (user: TestUser, workspaceId: string, body: object) => createProfile(user, { workspaceId, ...body });

  async function setUpCandidates() {
    const plauen = await profile(otherUser, otherWorkspace.id, {
      placeId: demoId('place:plauen'),
      visibility: 'public',
      languages: ['de', 'en'],
      partnershipTypes: ['solidarity_partnership'],
      items: [offer('energy-networks', 'Wir haben unser Fernwärmenetz saniert und teilen das Wissen', 'We renovated our district heating network and share the know-how')],
    });
    const zwickau = await profile(otherUser, otherWorkspace.id, {
      placeId: demoId('place:zwickau'),
      visibility: 'public',
      languages: ['de'],
      partnershipTypes: ['project_partnership'],
      items: [offer('renewable-energy', 'Solardächer auf Schulen', 'Solar roofs on schools')],
    });
    const hidden = await profile(otherUser, otherWorkspace.id, {
      placeId: demoId('place:chemnitz'),
      visibility: 'private',
      languages: ['de', 'uk'],
      items: [offer('energy-networks', 'Fernwärme und Wärmepumpen', 'District heating and heat pumps')],
    });
    const unrelated = await profile(otherUser, otherWorkspace.id, {
      placeId: demoId('place:dresden'),
      visibility: 'public',
      items: [offer('housing-management', 'Verwaltung kommunaler Wohnungen', 'Managing municipal housing')],
    });
    const seeker = await profile(seekerUser, seekerWorkspace.id, {
      placeId: demoId('place:sambir'),
      visibility: 'workspace',
      languages: ['uk', 'en'],
      partnershipTypes: ['solidarity_partnership'],
      items: [
        {
          direction: 'need',
          themeId: theme['energy-networks'],
          kind: 'know_how',
          description: { uk: 'Модернізація мережі централізованого теплопостачання', en: 'Modernise the district heating network' },
          urgency: 'high',
          until: '2027-12-31',
        },
      ],
    });
    return { plauen, zwickau, hidden, unrelated, seeker };
  }

  it('ranks partners that offer what a need asks for, with the reasons, and never shows what is not published to the viewer', async () => {
    const { plauen, zwickau, hidden, unrelated, seeker } = await setUpCandidates();
    const response = await as(seekerUser).get(`/api/matching/profiles/${seeker.id}/suggestions?needId=${seeker.needs[0]!.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as SuggestionBody[];
    const ids = items.map((item) => item.profile.id);
    expect(ids).toContain(zwickau.id);
    expect(ids.indexOf(plauen.id)).toBeLessThan(ids.indexOf(zwickau.id));
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(unrelated.id);
    const [first, second] = [items.find((item) => item.profile.id === plauen.id)!, items.find((item) => item.profile.id === zwickau.id)!];
    expect(first.score).toBeGreaterThan(second.score);
    const reasons = Object.fromEntries(first.reasons.map((reason) => [reason.code, reason.params]));
    expect(reasons.offers_needed_theme).toEqual({ theme: expect.objectContaining({ de: 'Energienetze', uk: 'Енергетичні мережі' }) });
    expect(reasons.similar_size).toEqual({ own: 34_500, other: 64_000 });
    expect(reasons.shared_languages).toEqual({ languages: ['en'] });
    expect(reasons.similar_description).toBeDefined();
    expect(reasons.no_existing_partnership).toEqual({});
    expect(second.reasons.map((reason) => reason.code)).toContain('offers_related_theme');

    // The private profile's owner sees it, the seeker's workspace never does.
    expect((await as(seekerUser).get(`/api/matching/profiles/${hidden.id}`)).statusCode).toBe(404);
    expect((await as().get(`/api/matching/profiles/${seeker.id}`)).statusCode).toBe(404);
    const publicList = (await as().get('/api/matching/profiles')).json().items.map((item: { id: string }) => item.id);
    expect(publicList).toEqual(expect.arrayContaining([plauen.id, zwickau.id, unrelated.id]));
    expect(publicList).not.toContain(hidden.id);
    expect(publicList).not.toContain(seeker.id);
  });

  it('filters suggestions by size, country, partnership type and kind of partner', async () => {
    const { plauen, zwickau, seeker } = await setUpCandidates();
    const ids = async (query: string) =>
      ((await as(seekerUser).get(`/api/matching/profiles/${seeker.id}/suggestions?${query}`)).json().items as SuggestionBody[]).map((item) => item.profile.id);
    expect(await ids('maxPopulation=70000')).toContain(plauen.id);
    expect(await ids('maxPopulation=70000')).not.toContain(zwickau.id);
    expect(await ids('country=UA')).not.toContain(plauen.id);
    expect(await ids('partnershipType=project_partnership')).toEqual(expect.arrayContaining([zwickau.id]));
    expect(await ids('partnershipType=project_partnership')).not.toContain(plauen.id);
    expect(await ids('subject=expert')).toEqual([]);
    const bad = await as(seekerUser).get(`/api/matching/profiles/${seeker.id}/suggestions?country=Germany`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('query.country');
  });

  it('names an existing partnership instead of calling the partner new', async () => {
    const kyiv = await profile(seekerUser, seekerWorkspace.id, {
      placeId: demoId('place:kyiv'),
      items: [{ direction: 'need', themeId: theme['housing-management'], kind: 'know_how', description: { en: 'Managing prefabricated housing estates' } }],
    });
    const leipzig = await profile(otherUser, otherWorkspace.id, {
      placeId: demoId('place:leipzig'),
      visibility: 'public',
      items: [offer('housing-management', 'Plattenbauten bewirtschaften', 'Managing prefabricated housing estates')],
    });
    const items = (await as(seekerUser).get(`/api/matching/profiles/${kyiv.id}/suggestions`)).json().items as SuggestionBody[];
    const found = items.find((item) => item.profile.id === leipzig.id)!;
    expect(found.reasons.map((reason) => reason.code)).toContain('existing_partnership');
    expect(found.reasons.map((reason) => reason.code)).not.toContain('no_existing_partnership');
  });

  it('refuses a profile without a subject or with an unknown theme, naming the field, and writes nothing', async () => {
    const before = (await as(seekerUser).get(`/api/matching/profiles?workspaceId=${seekerWorkspace.id}`)).json().items.length;
    const noSubject = await as(seekerUser).post('/api/matching/profiles', { workspaceId: seekerWorkspace.id });
    expect(noSubject.statusCode).toBe(400);
    expect(noSubject.json().errors[0]).toMatchObject({ field: 'body.placeId', code: 'either_required' });
    // A need form sent without its municipality and with other gaps hears of all of them at once.
    const needWithGaps = await as(seekerUser).post('/api/matching/profiles', {
      workspaceId: seekerWorkspace.id,
      items: [{ direction: 'need', themeId: theme.resilience, description: { de: 'Notstromaggregate' } }],
    });
    expect(needWithGaps.statusCode).toBe(400);
    expect(needWithGaps.json().errors.map((error: { field: string; code: string }) => [error.field, error.code])).toEqual(
      expect.arrayContaining([
        ['body.placeId', 'either_required'],
        ['body.items.0.kind', 'invalid_option'],
      ]),
    );
    const badTheme = await as(seekerUser).post('/api/matching/profiles', {
      workspaceId: seekerWorkspace.id,
      placeId: demoId('place:lutsk'),
      items: [{ direction: 'need', themeId: demoId('place:lutsk'), kind: 'equipment', description: { uk: 'Генератори' } }],
    });
    expect(badTheme.statusCode).toBe(400);
    expect(badTheme.json().errors[0]).toMatchObject({ field: 'body.items.0.themeId', code: 'unknown_reference' });
    const emptyDescription = await as(seekerUser).post('/api/matching/profiles', {
      workspaceId: seekerWorkspace.id,
      placeId: demoId('place:lutsk'),
      items: [{ direction: 'need', themeId: theme.resilience, kind: 'equipment', description: { uk: ' ' } }],
    });
    expect(emptyDescription.json().errors[0].field).toBe('body.items.0.description');
    expect((await as(seekerUser).get(`/api/matching/profiles?workspaceId=${seekerWorkspace.id}`)).json().items).toHaveLength(before);
    expect((await as(otherUser).post('/api/matching/profiles', { workspaceId: seekerWorkspace.id, placeId: demoId('place:lutsk') })).statusCode).toBe(404);
  });

  it('publishes a further need later and lets only editors do so', async () => {
    const own = await profile(seekerUser, seekerWorkspace.id, { placeId: demoId('place:zbarazh'), visibility: 'public' });
    const added = await as(seekerUser).post(`/api/matching/profiles/${own.id}/items`, {
      direction: 'need',
      themeId: theme.resilience,
      kind: 'equipment',
      description: { uk: 'Генератори для шкіл', de: 'Stromerzeuger für Schulen' },
      urgency: 'high',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await as(otherUser).post(`/api/matching/profiles/${own.id}/items`, { direction: 'offer', themeId: theme.resilience, kind: 'equipment', description: { de: 'x' } })).statusCode).toBe(403);
    const detail = (await as().get(`/api/matching/profiles/${own.id}`)).json();
    expect(detail.needs).toHaveLength(1);
    expect(detail.needs[0]).toMatchObject({ urgency: 'high', theme: { slug: 'resilience' } });
  });
});
