import { it } from 'vitest';
import { useTestApp } from '../../../../test/support/test-app.js';
import { createTestUser } from '../../../../test/support/test-users.js';
import { DEMO_WORKSPACE_ID } from '../../demo/demo-seed.js';

const testApp = useTestApp();
const REPORT = `Werkstatt in München: Kommunen machen sich krisenfest

Am 28. und 29. November 2023 kamen in München Fachleute aus ukrainischen, kosovarischen und deutschen Kommunen zu einer Projektwerkstatt zusammen. Mit mehr als 35 Delegierten waren unter anderem Winnyzja, Sumy, Luzk und Mykolajiw vertreten; aus dem Kosovo reisten Vertreter aus Pristina an. Die Stadtwerke Gersthofen stellten vor, wie sie erneuerbare Energien ausbauen. Die Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH begleitete die Werkstatt. Gefördert wurde der Austausch aus dem Programm „Schnellstarterpaket Ukraine“. Leipzig und Kiew verbindet seit 1961 eine Städtepartnerschaft.`;

it('scratch', async () => {
  const { app, database } = testApp.current;
  const user = await createTestUser(database.db, { memberships: [[DEMO_WORKSPACE_ID, 'coordinator']] });
  const created = await app.inject({ method: 'POST', url: '/api/documents', headers: user.headers, payload: { workspaceId: DEMO_WORKSPACE_ID, kind: 'report', text: REPORT, extract: true, publishedOn: '2023-12-05' } });
  console.log(created.statusCode, JSON.stringify(created.json()).slice(0, 600));
  const id = created.json().id;
  const review = await app.inject({ url: `/api/documents/${id}/review`, headers: user.headers });
  console.log(review.statusCode);
  for (const p of review.json().proposals ?? []) console.log(p.field, JSON.stringify(p.proposal).slice(0, 150), JSON.stringify(p.suggestion).slice(0, 300));
  if (review.statusCode !== 200) console.log(review.body);
  const all = await app.inject({ method: 'POST', url: `/api/documents/${id}/review/accept-all`, headers: user.headers });
  console.log(all.statusCode, JSON.stringify(all.json().left ?? all.json()));
  for (const p of all.json().review?.proposals ?? []) console.log(p.field, p.state, JSON.stringify(p.record), JSON.stringify(p.decision));
  const doc = await app.inject({ url: `/api/documents/${id}`, headers: user.headers });
  console.log(doc.json().links.map((l: any) => `${l.recordType}:${JSON.stringify(l.title)}`));
  const s = await app.inject({ url: `/api/search?q=Krisenfest`, headers: user.headers });
  console.log(JSON.stringify(s.json()).slice(0, 800));
}, 120000);
